package dk.servicelevel.incident.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Move an incident to another state")
public record TransitionRequest(
        @Schema(example = "RESOLVED") @NotNull IncidentState state,
        @Schema(example = "Disk extended; monitoring green for 30 minutes") @Size(max = 2000) String note) {
}
