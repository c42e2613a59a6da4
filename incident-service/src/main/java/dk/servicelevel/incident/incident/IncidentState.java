package dk.servicelevel.incident.incident;

import java.util.Set;

/**
 * Where an incident is in its handling. It moves forward (steps may be skipped, an incident can be resolved at
 * once), is closed only once resolved, and can be reopened after it was resolved or closed.
 */
public enum IncidentState {
    REGISTERED,
    INVESTIGATING,
    MITIGATED,
    RESOLVED,
    CLOSED;

    private static final Set<IncidentState> REOPENABLE = Set.of(RESOLVED, CLOSED);

    public boolean mayMoveTo(IncidentState next) {
        if (next == CLOSED) {
            return this == RESOLVED;
        }
        return next.ordinal() > ordinal() || isReopening(next);
    }

    public boolean isReopening(IncidentState next) {
        return REOPENABLE.contains(this) && next == INVESTIGATING;
    }

    public boolean isResolved() {
        return this == RESOLVED || this == CLOSED;
    }
}
