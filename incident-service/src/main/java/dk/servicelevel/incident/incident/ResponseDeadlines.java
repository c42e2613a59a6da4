package dk.servicelevel.incident.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How fast the vendor must react to a fault of each category: first activity (acknowledgement) and normal
 * operation restored, counted from when the vendor knew. Seed 004: activity within one hour for serious faults,
 * an acute fix within two hours.
 */
public record ResponseDeadlines(Map<Integer, Deadline> byCategory) {

    public record Deadline(Duration acknowledge, Duration restore) {
    }

    public record DueTimes(Instant acknowledgeBy, Instant restoreBy) {
    }

    public Optional<DueTimes> dueTimes(int category, Instant knownAt) {
        return Optional.ofNullable(byCategory.get(category))
                .map(deadline -> new DueTimes(knownAt.plus(deadline.acknowledge()), knownAt.plus(deadline.restore())));
    }

    /** Whether a deadline was missed: the deed came after it, or has not come and the deadline has passed. */
    public static boolean missed(Instant due, Instant done, Instant now) {
        return due != null && (done == null ? now.isAfter(due) : done.isAfter(due));
    }
}
