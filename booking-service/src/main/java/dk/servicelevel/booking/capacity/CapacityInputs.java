package dk.servicelevel.booking.capacity;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The assumptions the capacity steps are computed from (seed 002, table 2). */
@Schema(description = "The inputs of the capacity model (seed 002, table 2)")
public record CapacityInputs(
        @Schema(example = "60000") @NotNull @Positive @Max(10_000_000) Integer pupilsPerCohort,
        @Schema(description = "Tests per pupil in the 2006 step", example = "3") @NotNull @Positive @Max(100) Integer testsPerPupil2006,
        @Schema(description = "Tests per pupil in the 2007 step", example = "12") @NotNull @Positive @Max(100) Integer testsPerPupil2007,
        @Schema(description = "Growth from one scaling step to the next", example = "0.50") @NotNull @DecimalMin("0") @DecimalMax("10") BigDecimal scaleFactor,
        @Schema(description = "Test days in the period of each of the four steps", example = "[15, 25, 30, 30]")
        @NotNull @Size(min = 4, max = 4) List<@NotNull @Positive @Max(366) Integer> testDays,
        @Schema(example = "60") @NotNull @Positive @Max(1_440) Integer testLengthMinutes,
        @Schema(description = "Test hours a day (08–14)", example = "6") @NotNull @Min(1) @Max(24) Integer testHoursPerDay,
        @Schema(description = "The peak hour's share of a day's tests", example = "0.40") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal peakHourShare,
        @Schema(example = "4") @NotNull @Positive @Max(600) Integer clicksPerMinute) {
}
