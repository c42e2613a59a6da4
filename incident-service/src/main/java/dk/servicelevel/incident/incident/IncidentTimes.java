package dk.servicelevel.incident.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.servicelevel.rules.Violation;

/**
 * The instants of an incident. The vendor knew of the fault at the earlier of detection by monitoring and a
 * user's report; the outage runs from then until normal operation was restored (seed 002, section 4.2).
 */
public record IncidentTimes(Instant occurredAt, Instant detectedAt, Instant reportedAt, Instant acknowledgedAt,
        Instant restoredAt, Instant closedAt) {

    /** When the vendor knew of the fault: the earlier of detected and reported. */
    public Optional<Instant> knownAt() {
        if (detectedAt == null || reportedAt == null) {
            return Optional.ofNullable(detectedAt != null ? detectedAt : reportedAt);
        }
        return Optional.of(detectedAt.isBefore(reportedAt) ? detectedAt : reportedAt);
    }

    /** What makes these instants impossible, each with the field to blame; empty when they are in a possible order. */
    public List<Violation> impossibilities(Instant now) {
        List<Violation> found = new ArrayList<>();
        if (detectedAt == null && reportedAt == null) {
            found.add(new Violation("detectedAt", "detectedAt or reportedAt is needed: when did the vendor know?"));
        }
        notBefore(found, "detectedAt", detectedAt, "occurredAt", occurredAt);
        notBefore(found, "reportedAt", reportedAt, "occurredAt", occurredAt);
        knownAt().ifPresent(known -> {
            notBefore(found, "acknowledgedAt", acknowledgedAt, "the time the vendor knew", known);
            notBefore(found, "restoredAt", restoredAt, "the time the vendor knew", known);
        });
        notBefore(found, "restoredAt", restoredAt, "occurredAt", occurredAt);
        notBefore(found, "closedAt", closedAt, "restoredAt", restoredAt);
        if (closedAt != null && restoredAt == null) {
            found.add(new Violation("closedAt", "an incident cannot be closed before normal operation is restored"));
        }
        inThePast(found, now);
        return found;
    }

    private void inThePast(List<Violation> found, Instant now) {
        record Named(String field, Instant at) {
        }
        for (Named named : List.of(new Named("occurredAt", occurredAt), new Named("detectedAt", detectedAt),
                new Named("reportedAt", reportedAt), new Named("acknowledgedAt", acknowledgedAt),
                new Named("restoredAt", restoredAt), new Named("closedAt", closedAt))) {
            if (named.at() != null && named.at().isAfter(now)) {
                found.add(new Violation(named.field(), "must not be in the future"));
            }
        }
    }

    private static void notBefore(List<Violation> found, String field, Instant at, String earlierName, Instant earlier) {
        if (at != null && earlier != null && at.isBefore(earlier)) {
            found.add(new Violation(field, "must not be before " + earlierName));
        }
    }
}
