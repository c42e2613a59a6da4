package dk.servicelevel.booking.booking;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A booking of a slot for a test of a class, or of some of its pupils")
public record BookingRequest(
        @Schema(example = "DANISH-READING-4") @NotBlank String test,
        @Schema(example = "12") @NotNull Long classId,
        @Schema(description = "The start of the slot", example = "2027-05-04T09:00:00+02:00") @NotNull OffsetDateTime slotStart,
        @Schema(description = "Some of the class's pupils; absent or empty: the whole class") @Size(max = 60) List<@NotBlank String> pupils) {

    public List<String> pupilsOrEmpty() {
        return pupils == null ? List.of() : pupils;
    }
}
