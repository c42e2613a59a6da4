package dk.servicelevel.booking.usage;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Usage of one test in one period: visits (sessions started), hits (page views and answers) and unique pupils")
public record UsageFigures(
        @Schema(description = "Start of the hour, day or month in the zone") Instant period,
        @Schema(example = "DANISH-READING-4") String test,
        @Schema(example = "2310") long visits,
        @Schema(example = "98112") long hits,
        @Schema(example = "2274") long uniquePupils) {
}
