package dk.servicelevel.report.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.report.rendering.ReportFormat;

@Schema(description = "One archived version of a report, with the checksum of each format and what it was made from")
public record ArchivedReportResponse(
        @Schema(example = "17") long id,
        @Schema(example = "MONTHLY_OPERATIONS") String kind,
        @Schema(example = "2026-10") String period,
        @Schema(description = "1 for the first generation, then 2, 3, ...", example = "1") int reportVersion,
        @Schema(description = "SHA-256 of the figures (the JSON format), hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        Instant generatedAt,
        String generatedBy,
        @Schema(description = "Each record the report was made from, with its version", example = "{\"incident/INC-2026-000003\": \"4\", \"sla/NT-APPLICATION\": \"1\"}")
        Map<String, String> sources,
        List<Format> formats) {

    @Schema(name = "FiledFormat", description = "The report in one format (and, for people, one language), exactly as filed")
    public record Format(@Schema(example = "application/pdf") String mediaType,
            @Schema(description = "da or en; absent for the figures (JSON)", example = "da") String language,
            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(example = "/api/v1/reports/17/content?format=pdf&lang=da") String href) {
    }

    static ArchivedReportResponse of(FiledReport filed) {
        ArchivedReport report = filed.report();
        List<Format> formats = new ArrayList<>();
        formats.add(format(report.id, report.mediaType, null, report.sha256));
        filed.renditions().forEach(c -> formats.add(format(report.id, c.mediaType(), c.language(), c.sha256())));
        return new ArchivedReportResponse(report.id, report.kind, report.period, report.reportVersion, report.sha256,
                report.generatedAt, report.generatedBy, filed.sources(), formats);
    }

    private static Format format(long id, String mediaType, String language, String sha256) {
        String extension = ReportFormat.forMediaType(mediaType).map(ReportFormat::extension).orElse("json");
        return new Format(mediaType, language, sha256, "/api/v1/reports/" + id + "/content?format=" + extension
                + (language == null ? "" : "&lang=" + language));
    }

    /** The filed versions as the API shows them. */
    public static List<ArchivedReportResponse> ofEach(List<FiledReport> filed) {
        return filed.stream().map(ArchivedReportResponse::of).toList();
    }
}
