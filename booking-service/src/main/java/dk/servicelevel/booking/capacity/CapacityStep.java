package dk.servicelevel.booking.capacity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of seed 002's table 1. */
@Schema(description = "A capacity step and the load it is sized for (seed 002, table 1)")
public record CapacityStep(
        @Schema(example = "2007") String name,
        @Schema(description = "Tests in the period 1 May – 15 June", example = "720000") long testsInPeriod,
        @Schema(example = "25") int testDays,
        @Schema(example = "28800") long testsPerDay,
        @Schema(description = "Tests in the peak hour: the hourly capacity of a slot", example = "11520") long peakHourTests,
        @Schema(example = "320") long averageClicksPerSecond,
        @Schema(example = "768") long peakClicksPerSecond) {
}
