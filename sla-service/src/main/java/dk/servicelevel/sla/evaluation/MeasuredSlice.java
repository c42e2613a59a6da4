package dk.servicelevel.sla.evaluation;

import java.time.Instant;

import dk.servicelevel.sla.timeline.Interval;

/** The guaranteed operations measured in one time slice of an SLA, and how many finished within its threshold. */
public record MeasuredSlice(Instant start, Instant end, long operations, long withinThreshold) {

    Interval interval() {
        return new Interval(start, end);
    }
}
