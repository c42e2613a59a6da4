package dk.servicelevel.sla.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * The availability of an SLA over a period, per window and combined: the definition versions applied, each over the
 * part of the period it was in force, and all windows together (KTS), whose target is the one the windows' budgets add
 * up to.
 */
public record Availability(Instant from, Instant to, List<AppliedVersion> versions, List<WindowAvailability> windows,
        WindowAvailability combined) {

    /** A definition version and the part of the period it was applied to. */
    public record AppliedVersion(int version, Instant from, Instant to) {
    }
}
