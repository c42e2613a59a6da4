package dk.servicelevel.booking.warning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A school day booked close to the capacity of the step in force: the buyer must hear of it before capacity runs out")
public record CapacityWarning(
        @Schema(example = "2027-05-05") LocalDate date,
        @Schema(description = "The start of the day's busiest slot") Instant busiestSlot,
        @Schema(example = "4200") long booked,
        @Schema(example = "4800") long capacity,
        @Schema(description = "booked / capacity of the busiest slot", example = "0.875") BigDecimal share) {
}
