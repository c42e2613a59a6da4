package dk.servicelevel.incident.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.servicelevel.rules.Violation;

/** The instants of a change and what makes them impossible or late. */
public record ChangeTimes(Instant plannedStartAt, Instant plannedEndAt, Instant actualStartAt, Instant actualEndAt,
        Instant announcedAt, boolean resultGiven) {

    /** Each field whose instant cannot be, given the others and the present. */
    public List<Violation> impossibilities(Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (!plannedEndAt.isAfter(plannedStartAt)) {
            violations.add(new Violation("plannedEndAt", "must be after plannedStartAt"));
        }
        if (actualEndAt != null && actualStartAt == null) {
            violations.add(new Violation("actualStartAt", "must be given when actualEndAt is"));
        }
        if (actualEndAt != null && actualStartAt != null && !actualEndAt.isAfter(actualStartAt)) {
            violations.add(new Violation("actualEndAt", "must be after actualStartAt"));
        }
        notInFuture("actualStartAt", actualStartAt, now, violations);
        notInFuture("actualEndAt", actualEndAt, now, violations);
        notInFuture("announcedAt", announcedAt, now, violations);
        if (resultGiven && actualEndAt == null) {
            violations.add(new Violation("result", "is known only once the change has ended (actualEndAt)"));
        }
        return violations;
    }

    /** Whether the users were told at least {@code notice} before the planned start. */
    public boolean announcedInTime(Duration notice) {
        return !announcedAt.isAfter(plannedStartAt.minus(notice));
    }

    private static void notInFuture(String field, Instant instant, Instant now, List<Violation> violations) {
        if (instant != null && instant.isAfter(now)) {
            violations.add(new Violation(field, "must not be in the future"));
        }
    }
}
