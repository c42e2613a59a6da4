package dk.servicelevel.report.archive;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One archived version of a report")
public record ArchivedReportResponse(
        @Schema(example = "17") long id,
        @Schema(example = "MONTHLY_OPERATIONS") String kind,
        @Schema(example = "2026-10") String period,
        @Schema(description = "1 for the first generation, then 2, 3, ...", example = "1") int reportVersion,
        @Schema(example = "application/pdf") String mediaType,
        @Schema(description = "SHA-256 of the content, hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        Instant generatedAt,
        String generatedBy) {

    static ArchivedReportResponse of(ArchivedReport report) {
        return new ArchivedReportResponse(report.id, report.kind, report.period, report.reportVersion,
                report.mediaType, report.sha256, report.generatedAt, report.generatedBy);
    }
}
