package dk.servicelevel.sla.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A system to register in the catalogue, or its new description")
public record SystemRequest(
        @Schema(description = "Short code, upper-case letters, digits and hyphens", example = "NT")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "must be 2 to 20 upper-case letters, digits or hyphens")
        String code,
        @Schema(example = "National tests portal") @NotBlank @Size(max = 200) String name,
        @Schema(example = "IT-based national tests for the primary school") @Size(max = 2000) String description,
        @Schema(example = "Operations vendor A/S") @Size(max = 200) String vendor) {
}
