package dk.servicelevel.incident.update;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A system and when one of its incidents, service windows or changes was last written")
public record SystemWrite(@Schema(example = "NT") String systemCode, Instant lastWrittenAt) {
}
