package dk.servicelevel.report.source;

import java.time.Instant;

/** A downtime interval of a production incident; {@code end} is absent while it goes on. */
public record OutageRecord(String incidentId, String systemCode, String layer, int category, String statusColour,
        Instant start, Instant end) {
}
