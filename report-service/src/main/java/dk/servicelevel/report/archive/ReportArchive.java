package dk.servicelevel.report.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The archive of generated reports: immutable versions with their SHA-256 checksums. */
@ApplicationScoped
public class ReportArchive {

    private final ArchivedReportRepository reports;
    private final Clock clock;

    ReportArchive(ArchivedReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** Files a report as the next version for its kind and month; earlier versions stay as they were. */
    @WithTransaction
    public Uni<ArchivedReport> file(ReportKind kind, YearMonth period, String mediaType, byte[] content,
            String generatedBy) {
        return reports.latestVersion(kind.name(), period.toString()).flatMap(latest -> {
            ArchivedReport report = new ArchivedReport();
            report.kind = kind.name();
            report.period = period.toString();
            report.reportVersion = latest + 1;
            report.mediaType = mediaType;
            report.content = content.clone();
            report.sha256 = sha256(content);
            report.generatedAt = clock.instant();
            report.generatedBy = generatedBy;
            return reports.persist(report);
        });
    }

    @WithSession
    public Uni<List<ArchivedReport>> matching(ReportKind kind, YearMonth period) {
        return reports.matching(kind == null ? null : kind.name(), period == null ? null : period.toString());
    }

    @WithSession
    public Uni<ArchivedReport> get(long id) {
        return reports.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No archived report has the id " + id));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
