package dk.servicelevel.report.source;

import java.time.Instant;
import java.util.List;

/** The systems whose records incident-service saw written since an instant, and when it read them. */
public record UpdatedSystems(Instant readAt, List<SystemWrite> systems) {

    /** A system and when one of its records was last written. */
    public record SystemWrite(String systemCode, Instant lastWrittenAt) {
    }
}
