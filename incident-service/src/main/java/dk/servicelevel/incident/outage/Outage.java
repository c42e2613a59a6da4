package dk.servicelevel.incident.outage;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.incident.incident.Layer;
import dk.servicelevel.incident.incident.StatusColour;

@Schema(description = "A downtime interval of a production incident: from when the vendor knew until normal operation was restored")
public record Outage(
        @Schema(example = "INC-2026-000007") String incidentId,
        @Schema(example = "NT") String systemCode,
        Layer layer,
        @Schema(example = "1") int category,
        StatusColour statusColour,
        @Schema(description = "The earlier of detectedAt and reportedAt") Instant start,
        @Schema(description = "restoredAt; absent while the outage goes on") Instant end) {
}
