package dk.servicelevel.sla.definition;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A named operating window with its availability target")
public record WindowDefinition(
        @Schema(example = "A") @NotBlank @Size(max = 40) String name,
        @Schema(example = "99.9") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal targetPercent,
        @Schema(description = "The weekly local times of the window; empty for the rest window")
        @Valid List<@NotNull WeeklyTime> schedule,
        @Schema(description = "This window is all the time no other window holds", example = "false") boolean rest,
        @Schema(description = "Public holidays of this calendar are not in the window (they go to the rest window)")
        HolidayCalendarName excludedHolidays) {

    public List<WeeklyTime> schedule() {
        return schedule == null ? List.of() : schedule;
    }
}
