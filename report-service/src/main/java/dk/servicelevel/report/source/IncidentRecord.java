package dk.servicelevel.report.source;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An incident of the fault log, as incident-service answers it. */
public record IncidentRecord(String id, String systemCode, String layer, String environment, int category,
        String statusColour, String state, boolean majorIncident, Instant occurredAt, Instant knownAt,
        Instant acknowledgedAt, Instant restoredAt, Instant closedAt, Deadlines deadlines, String title,
        String description, String userImpact, String cause, String handling, List<RemedyAction> remedyPlan,
        String rcaStatus, long version) {

    public record Deadlines(Instant acknowledgeBy, boolean acknowledgementOverdue, Instant restoreBy,
            boolean restorationOverdue) {
    }

    public record RemedyAction(String action, String owner, LocalDate dueDate, boolean done) {
    }

    public boolean inProduction() {
        return "PRODUCTION".equals(environment);
    }

    /** From when the vendor knew until acknowledged; absent while not acknowledged. */
    public Duration reactionTime() {
        return acknowledgedAt == null ? null : Duration.between(knownAt, acknowledgedAt);
    }

    /** From when the vendor knew until restored; absent while not restored. */
    public Duration duration() {
        return restoredAt == null ? null : Duration.between(knownAt, restoredAt);
    }
}
