package dk.servicelevel.sla.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The availability of one window (or of all combined) over the period, with its workings")
public record WindowAvailability(
        @Schema(example = "A") String name,
        @Schema(example = "99.9") BigDecimal targetPercent,
        @Schema(description = "The window's minutes in the period minus qualifying service-window minutes", example = "12000.00") BigDecimal agreedMinutes,
        @Schema(description = "Qualifying service-window minutes taken out of the agreed time", example = "0.00") BigDecimal serviceWindowMinutes,
        @Schema(example = "15.00") BigDecimal downtimeMinutes,
        @Schema(description = "(agreed − downtime) / agreed × 100, truncated to 3 decimals", example = "99.875") BigDecimal availabilityPercent,
        @Schema(description = "Whether the target is met, computed exactly") boolean met,
        @Schema(description = "agreed × (1 − target) − downtime; negative when the budget is overspent", example = "-3.00") BigDecimal budgetRemainingMinutes,
        List<CountedDowntime> downtime) {
}
