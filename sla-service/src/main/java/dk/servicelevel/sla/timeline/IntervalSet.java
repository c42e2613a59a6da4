package dk.servicelevel.sla.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A union of intervals, kept sorted and disjoint, so time is never counted twice. */
public final class IntervalSet {

    private static final IntervalSet EMPTY = new IntervalSet(List.of());

    private final List<Interval> intervals;

    private IntervalSet(List<Interval> disjointSorted) {
        this.intervals = List.copyOf(disjointSorted);
    }

    public static IntervalSet empty() {
        return EMPTY;
    }

    public static IntervalSet of(Interval... intervals) {
        return of(List.of(intervals));
    }

    public static IntervalSet of(Collection<Interval> intervals) {
        List<Interval> sorted = intervals.stream().filter(i -> !i.isEmpty()).sorted().toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Interval(last.start(), Interval.max(last.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return new IntervalSet(merged);
    }

    public List<Interval> intervals() {
        return intervals;
    }

    public boolean isEmpty() {
        return intervals.isEmpty();
    }

    public Duration length() {
        return intervals.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    }

    public IntervalSet union(IntervalSet other) {
        List<Interval> all = new ArrayList<>(intervals);
        all.addAll(other.intervals);
        return of(all);
    }

    public IntervalSet intersect(IntervalSet other) {
        List<Interval> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < intervals.size() && j < other.intervals.size()) {
            Interval a = intervals.get(i);
            Interval b = other.intervals.get(j);
            Interval both = a.intersect(b);
            if (!both.isEmpty()) {
                common.add(both);
            }
            if (a.end().isBefore(b.end())) {
                i++;
            } else {
                j++;
            }
        }
        return new IntervalSet(common);
    }

    public IntervalSet intersect(Interval interval) {
        return intersect(of(interval));
    }

    public IntervalSet minus(IntervalSet other) {
        List<Interval> rest = new ArrayList<>();
        for (Interval interval : intervals) {
            Instant cursor = interval.start();
            for (Interval cut : other.intervals) {
                if (!cut.end().isAfter(cursor) || !cut.start().isBefore(interval.end())) {
                    continue;
                }
                if (cut.start().isAfter(cursor)) {
                    rest.add(new Interval(cursor, cut.start()));
                }
                cursor = Interval.max(cursor, cut.end());
            }
            if (interval.end().isAfter(cursor)) {
                rest.add(new Interval(cursor, interval.end()));
            }
        }
        return new IntervalSet(rest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalSet set && set.intervals.equals(intervals);
    }

    @Override
    public int hashCode() {
        return intervals.hashCode();
    }

    @Override
    public String toString() {
        return intervals.toString();
    }
}
