package dk.servicelevel.sla.definition;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An SLA to define, with the rules of its first version")
public record SlaRequest(
        @Schema(example = "NT-APPLICATION") @NotBlank
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2 to 40 upper-case letters, digits or hyphens") String id,
        @Schema(example = "The national test portal, application") @NotBlank @Size(max = 200) String name,
        @Schema(example = "NT") @NotBlank String systemCode,
        @NotNull Layer layer,
        @Schema(description = "When the rules come into force", example = "2026-01-01T00:00:00+01:00") @NotNull OffsetDateTime validFrom,
        @NotNull @Valid SlaDefinition definition) {
}
