package dk.servicelevel.sla.incidents;

import java.time.Instant;

/** An outage as incident-service answers it. */
public record OutageRecord(String incidentId, String systemCode, String layer, int category, Instant start, Instant end) {
}
