package dk.servicelevel.sla.definition;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much announced maintenance is not downtime (seed 002, 4.2: at most 2 hours a month, 00:00–05:00). */
@Schema(description = "Announced service windows within this allowance are taken out of the agreed time")
public record ServiceWindowAllowance(
        @Schema(example = "PT2H") @NotNull Duration perMonth,
        @Schema(example = "00:00") @NotNull LocalTime from,
        @Schema(example = "05:00") @NotNull LocalTime to,
        @Schema(description = "How long before its start a service window must be announced", example = "P2D") @NotNull Duration notice) {
}
