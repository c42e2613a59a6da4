package dk.servicelevel.sla.evaluation;

import java.time.Instant;

/** A production incident that made the system unusable, from when the vendor knew until restored (end null: still open). */
public record Outage(String incidentId, int category, Instant start, Instant end) {
}
