package dk.servicelevel.booking.session;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The test a pupil missed through illness")
public record IllnessRequest(@Schema(example = "DANISH-READING-4") @NotBlank String test) {
}
