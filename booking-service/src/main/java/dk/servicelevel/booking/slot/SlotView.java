package dk.servicelevel.booking.slot;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A one-hour slot with the capacity of the step in force and what is booked of it")
public record SlotView(Instant start, Instant end, @Schema(example = "11520") long capacity,
        @Schema(example = "2040") long booked, @Schema(example = "9480") long left) {
}
