package dk.servicelevel.booking.schoolyear;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A school year")
public record SchoolYearEntry(
        @Schema(example = "2026-27") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be like 2026-27") String label,
        @Schema(example = "2026-08-10") @NotNull LocalDate startsOn,
        @Schema(example = "2027-06-26") @NotNull LocalDate summerHolidayStartsOn,
        @Schema(description = "Days without school besides weekends and public holidays (autumn and winter holidays and the like)")
        Set<@NotNull LocalDate> closedDays) {
}
