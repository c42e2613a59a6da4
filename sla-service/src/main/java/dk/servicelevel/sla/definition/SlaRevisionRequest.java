package dk.servicelevel.sla.definition;

import java.time.OffsetDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "New rules for an SLA, in force from an instant after its latest version's")
public record SlaRevisionRequest(
        @Schema(example = "The national test portal, application") @NotBlank @Size(max = 200) String name,
        @Schema(example = "2026-11-01T00:00:00+01:00") @NotNull OffsetDateTime validFrom,
        @NotNull @Valid SlaDefinition definition,
        @Schema(description = "Why the rules change; needed when validFrom lies in the past, since the revision then changes periods already reported",
                example = "Window A agreed to start at 06:00 from 1 October, signed 20 October") @Size(max = 2000) String reason) {
}
