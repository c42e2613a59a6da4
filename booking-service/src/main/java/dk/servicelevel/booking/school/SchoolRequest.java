package dk.servicelevel.booking.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A school to register")
public record SchoolRequest(
        @Schema(description = "The institution number: six digits", example = "280010")
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be six digits") String institutionNumber,
        @Schema(example = "Nørre Fælled Skole") @NotBlank @Size(max = 200) String name,
        @Schema(example = "København") @NotBlank @Size(max = 100) String municipality) {
}
