package dk.servicelevel.sla.timeline;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [start, end). */
public record Interval(Instant start, Instant end) implements Comparable<Interval> {

    public Interval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("An interval ends at or after its start: " + start + " – " + end);
        }
    }

    public boolean isEmpty() {
        return !end.isAfter(start);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The common part, empty (at this start) when there is none. */
    public Interval intersect(Interval other) {
        Instant from = max(start, other.start);
        Instant to = min(end, other.end);
        return to.isAfter(from) ? new Interval(from, to) : new Interval(from, from);
    }

    @Override
    public int compareTo(Interval other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
