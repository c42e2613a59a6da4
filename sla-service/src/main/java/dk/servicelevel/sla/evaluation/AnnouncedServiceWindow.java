package dk.servicelevel.sla.evaluation;

import java.time.Instant;

import dk.servicelevel.sla.timeline.Interval;

/** A service window as incident-service has it announced. */
public record AnnouncedServiceWindow(long id, Instant start, Instant end, Instant announcedAt) {

    Interval interval() {
        return new Interval(start, end);
    }
}
