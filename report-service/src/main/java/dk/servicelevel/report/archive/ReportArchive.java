package dk.servicelevel.report.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.report.archive.ArchivedRenditionRepository.Checksum;
import dk.servicelevel.report.archive.ArchivedRenditionRepository.Rendered;
import dk.servicelevel.report.archive.RenderedReport.Rendition;
import dk.servicelevel.report.rendering.ReportFormat;
import dk.servicelevel.report.rendering.ReportLanguage;
import dk.servicelevel.report.source.OneAtATime;
import dk.servicelevel.report.ReportKind;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The archive of generated reports: immutable versions with their SHA-256 checksums, in every format and language. */
@ApplicationScoped
public class ReportArchive {

    private static final TypeReference<TreeMap<String, String>> SOURCE_VERSIONS = new TypeReference<>() {
    };

    private final ArchivedReportRepository reports;
    private final ArchivedRenditionRepository renditions;
    private final ObjectMapper json;
    private final Clock clock;

    ReportArchive(ArchivedReportRepository reports, ArchivedRenditionRepository renditions, ObjectMapper json, Clock clock) {
        this.reports = reports;
        this.renditions = renditions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Files the reports in one transaction, each as the next version of its kind and period: all of them or none.
     * Filings of one kind and period take turns; one that finds a version filed after it was requested answers that
     * version rather than filing the same report twice.
     */
    @WithTransaction
    public Uni<List<ArchivedReport>> file(List<RenderedReport> rendered, String generatedBy, Instant requestedAt) {
        return OneAtATime.all(rendered.stream().sorted(Comparator.comparing(RenderedReport::kind))
                .map(report -> fileOne(report, generatedBy, requestedAt)).toList());
    }

    private Uni<ArchivedReport> fileOne(RenderedReport rendered, String generatedBy, Instant requestedAt) {
        String kind = rendered.kind().name();
        return reports.takeTurn(kind, rendered.period()).chain(() -> reports.latest(kind, rendered.period())).chain(latest -> {
            if (latest != null && latest.generatedAt.isAfter(requestedAt)) {
                return Uni.createFrom().item(latest);
            }
            byte[] figures = rendered.figures();
            ArchivedReport report = new ArchivedReport();
            report.kind = kind;
            report.period = rendered.period();
            report.reportVersion = latest == null ? 1 : latest.reportVersion + 1;
            report.mediaType = ReportFormat.JSON.mediaType();
            report.content = figures.clone();
            report.sha256 = sha256(figures);
            report.generatedAt = clock.instant();
            report.generatedBy = generatedBy;
            report.sourceVersions = asJson(rendered.sources());
            return reports.persist(report).call(persisted -> fileRenditions(persisted, rendered.renditions()));
        });
    }

    private Uni<Void> fileRenditions(ArchivedReport report, List<Rendition> forPeople) {
        List<ArchivedRendition> filed = forPeople.stream().map(r -> {
            ArchivedRendition rendition = new ArchivedRendition();
            rendition.archivedReportId = report.id;
            rendition.mediaType = r.format().mediaType();
            rendition.language = r.language().code();
            rendition.content = r.content().clone();
            rendition.sha256 = sha256(r.content());
            return rendition;
        }).toList();
        return filed.isEmpty() ? Uni.createFrom().voidItem() : renditions.persist(filed);
    }

    @WithSession
    public Uni<List<ArchivedReport>> matching(ReportKind kind, YearMonth period) {
        return reports.matching(kind == null ? null : kind.name(), period == null ? null : period.toString());
    }

    @WithSession
    public Uni<ArchivedReport> get(long id) {
        return reports.findById(id)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No archived report has the id " + id));
    }

    /** The archived versions with their sources and the checksum of each rendition. */
    @WithSession
    public Uni<List<FiledReport>> withRenditions(List<ArchivedReport> filed) {
        if (filed.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return renditions.checksumsOf(filed.stream().map(r -> r.id).toList()).map(checksums -> {
            Map<Long, List<Checksum>> byReport = checksums.stream().collect(Collectors.groupingBy(Checksum::archivedReportId));
            return filed.stream().map(report -> new FiledReport(report, sources(report.sourceVersions),
                    byReport.getOrDefault(report.id, List.of()))).toList();
        });
    }

    /**
     * The archived bytes of a report in a format, exactly as filed, with the language they are worded in (none for the
     * figures); a version filed in one language only answers in that one.
     */
    @WithSession
    public Uni<Rendered> content(long id, ReportFormat format, ReportLanguage language) {
        Uni<Rendered> content = format == ReportFormat.JSON
                ? reports.content(id).onItem().ifNotNull().transform(figures -> new Rendered(figures, null))
                : renditions.content(id, format.mediaType(), language.code());
        return content.onItem().ifNull().failWith(() -> new UnknownRecordException(
                "No archived report has the id " + id + " in " + format.mediaType()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private Map<String, String> sources(String stored) {
        try {
            return json.readValue(stored, SOURCE_VERSIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Archived source versions are a JSON object", e);
        }
    }

    private String asJson(Map<String, String> sources) {
        try {
            return json.writeValueAsString(sources);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Source versions are strings", e);
        }
    }
}
