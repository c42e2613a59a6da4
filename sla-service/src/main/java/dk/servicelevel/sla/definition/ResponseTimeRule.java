package dk.servicelevel.sla.definition;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.sla.measurement.MeasuredInterface;

/** A slice is down when fewer than {@code sharePercent} of the guaranteed operations at the interface finish within the threshold. */
@Schema(description = "The response-time rule: a time slice is down when too few guaranteed operations are fast enough")
public record ResponseTimeRule(
        @Schema(description = "Where the operations are measured", example = "A") @NotNull MeasuredInterface measuredAt,
        @Schema(example = "PT3S") @NotNull Duration threshold,
        @Schema(example = "95") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal sharePercent) {
}
