package dk.servicelevel.sla.evaluation;

import java.math.BigDecimal;

import dk.servicelevel.sla.timeline.Interval;

/**
 * One interval that counts as downtime, with what it came from: the incident of an outage, the share within the
 * threshold of a response-time slice, or the service window and why it did not qualify.
 */
public record Downtime(DowntimeSource source, Interval interval, String incidentId, BigDecimal shareWithinThresholdPercent,
        Long serviceWindowId, String reason) {

    static Downtime outage(String incidentId, Interval interval) {
        return new Downtime(DowntimeSource.OUTAGE, interval, incidentId, null, null, null);
    }

    static Downtime slowSlice(BigDecimal share, Interval interval) {
        return new Downtime(DowntimeSource.RESPONSE_TIME, interval, null, share, null, null);
    }

    static Downtime serviceWindow(long id, String reason, Interval interval) {
        return new Downtime(DowntimeSource.SERVICE_WINDOW, interval, null, null, id, reason);
    }
}
