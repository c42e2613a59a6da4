package dk.servicelevel.booking.session;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A pupil starting a test")
public record SessionRequest(@Schema(example = "p-7f3a91") @NotBlank String pupil,
        @Schema(example = "DANISH-READING-4") @NotBlank String test) {
}
