package dk.servicelevel.incident.update;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The systems whose incidents, service windows or changes were written since the instant asked for")
public record UpdatedSystems(
        @Schema(description = "When the records were read; ask again from a little before it, since a write in flight commits later")
        Instant readAt,
        List<SystemWrite> systems) {
}
