package dk.servicelevel.sla.incidents;

import java.time.Instant;

/** A service window as incident-service answers it. */
public record ServiceWindowRecord(long id, String systemCode, Instant startAt, Instant endAt, Instant announcedAt) {
}
