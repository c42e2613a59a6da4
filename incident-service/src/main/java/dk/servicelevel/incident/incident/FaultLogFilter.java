package dk.servicelevel.incident.incident;

import java.time.Instant;

/** What to find in the fault log; each absent criterion matches everything. */
public record FaultLogFilter(String systemCode, Integer category, IncidentState state, Instant from, Instant to,
        String text, boolean overdueOnly) {
}
