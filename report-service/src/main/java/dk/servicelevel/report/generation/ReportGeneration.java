package dk.servicelevel.report.generation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.api.MalformedParameterException;
import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.activity.Activity;
import dk.servicelevel.report.archive.RenderedReport.Rendition;
import dk.servicelevel.report.archive.RenderedReport;
import dk.servicelevel.report.faultlog.FaultLog;
import dk.servicelevel.report.operations.MonthlyOperations;
import dk.servicelevel.report.rendering.ReportDocument;
import dk.servicelevel.report.rendering.ReportFormat;
import dk.servicelevel.report.rendering.ReportLanguage;
import dk.servicelevel.report.rendering.ReportRenderer;
import dk.servicelevel.report.status.MonthlyStatus;
import dk.servicelevel.report.usage.Usage;
import dk.servicelevel.rules.RuleViolationException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Generates a report from the owning services' figures and renders it. Rendering (plots, PDF) is CPU work and runs
 * on a worker thread, never on the event loop.
 */
@ApplicationScoped
public class ReportGeneration {

    private final MonthlyOperations operations;
    private final MonthlyStatus status;
    private final FaultLog faultLog;
    private final Usage usage;
    private final Activity activity;
    private final ReportRenderer renderer;
    private final ReportConfig config;
    private final Vertx vertx;
    private final Clock clock;

    ReportGeneration(MonthlyOperations operations, MonthlyStatus status, FaultLog faultLog, Usage usage,
            Activity activity, ReportRenderer renderer, ReportConfig config, Vertx vertx, Clock clock) {
        this.operations = operations;
        this.status = status;
        this.faultLog = faultLog;
        this.usage = usage;
        this.activity = activity;
        this.renderer = renderer;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** The zone the reports' months and days are in. */
    public ZoneId zone() {
        return config.zone();
    }

    /** A month of the reports' zone that has begun: the current month gives the figures so far. */
    public ReportMonth month(YearMonth month) {
        ReportMonth reportMonth = new ReportMonth(month, config.zone());
        if (reportMonth.start().isAfter(clock.instant())) {
            throw new RuleViolationException("month", "The month " + month + " has not begun");
        }
        return reportMonth;
    }

    public Uni<ReportDocument> monthly(ReportKind kind, ReportMonth month) {
        return switch (kind) {
            case MONTHLY_OPERATIONS -> operations.of(month).map(ReportDocument.class::cast);
            case MONTHLY_STATUS -> status.of(month).map(ReportDocument.class::cast);
            case FAULT_LOG -> faultLog(month.toString(), month.start(), month.end());
            case USAGE -> usage.of(month).map(ReportDocument.class::cast);
            case ACTIVITY -> activity.of(month).map(ReportDocument.class::cast);
        };
    }

    /** The fault log of a month, or of a period from and to: one of the two, never both. */
    public Uni<ReportDocument> faultLog(YearMonth month, OffsetDateTime from, OffsetDateTime to) {
        if (month != null && (from != null || to != null)) {
            throw new MalformedParameterException("month", "give either month, or from and to");
        }
        if (month != null) {
            return monthly(ReportKind.FAULT_LOG, month(month));
        }
        if (from == null || to == null) {
            throw new MalformedParameterException(from == null ? "from" : "to", "give either month, or from and to");
        }
        return faultLog(from.toInstant() + "/" + to.toInstant(), from.toInstant(), to.toInstant());
    }

    public Uni<ReportDocument> faultLog(String period, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new RuleViolationException("to", "The period must end after it starts");
        }
        return faultLog.between(period, from, to, config.zone()).map(ReportDocument.class::cast);
    }

    public Uni<byte[]> render(ReportDocument document, ReportFormat format, ReportLanguage language) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> renderer.render(document, format, language)));
    }

    /** Every format of a report in every language, for the archive. */
    public Uni<RenderedReport> renderAll(ReportDocument document) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            List<Rendition> renditions = new ArrayList<>();
            for (ReportFormat format : EnumSet.complementOf(EnumSet.of(ReportFormat.JSON))) {
                for (ReportLanguage language : ReportLanguage.values()) {
                    renditions.add(new Rendition(format, language, renderer.render(document, format, language)));
                }
            }
            return new RenderedReport(document.kind(), document.period(), document.sources(),
                    renderer.render(document, ReportFormat.JSON, ReportLanguage.DANISH), renditions);
        }));
    }
}
