package dk.servicelevel.report.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    @Schema(description = "The report in one format (and, for people, one language), exactly as filed")
    public record Format(@Schema(example = "application/pdf") String mediaType,
            @Schema(description = "da or en; absent for the figures (JSON)", example = "da") String language,
            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(example = "/api/v1/reports/17/content?format=pdf&lang=da") String href) {
    }
}
