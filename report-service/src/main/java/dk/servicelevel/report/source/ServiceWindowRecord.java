package dk.servicelevel.report.source;

import java.time.Instant;

/** An announced service window. */
public record ServiceWindowRecord(long id, String systemCode, Instant startAt, Instant endAt, String purpose,
        Instant announcedAt, long version) {
}
