package dk.servicelevel.report.source;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** sla-service's evaluation of one SLA over a month: per window, combined, and the response times. */
public record SlaAvailability(String slaId, String systemCode, String layer, ZoneId zone, Instant from, Instant to,
        Instant evaluatedAt, List<AppliedVersion> versions, List<Window> windows, Window combined,
        ResponseTimes responseTimes) {

    /** The SLA definition version that applied to part of the period; a late revision says when, by whom and why. */
    public record AppliedVersion(int version, Instant from, Instant to, LateRevision lateRevision) {
    }

    /** A revision recorded after it came into force, so it changed a period already begun or reported. */
    public record LateRevision(Instant recordedAt, String recordedBy, String reason) {
    }

    public record Window(String name, BigDecimal targetPercent, BigDecimal agreedMinutes,
            BigDecimal serviceWindowMinutes, BigDecimal downtimeMinutes, BigDecimal availabilityPercent, boolean met,
            BigDecimal budgetRemainingMinutes, List<CountedDowntime> downtime) {
    }

    public record CountedDowntime(String source, String incidentId, BigDecimal shareWithinThresholdPercent,
            Long serviceWindowId, String reason, Instant start, Instant end, BigDecimal countedMinutes) {
    }

    public record ResponseTimes(Duration threshold, List<Figures> byInterfaceAndClass,
            InfrastructureShare infrastructureShare) {
    }

    public record Figures(String measuredAt, String userClass, long operations, long errors,
            BigDecimal shareWithinThresholdPercent, long p50Ms, long p95Ms, long p99Ms) {
    }

    public record InfrastructureShare(BigDecimal meanAtAMs, BigDecimal meanAtBMs, BigDecimal infrastructureMs,
            BigDecimal infrastructurePercent) {
    }
}
