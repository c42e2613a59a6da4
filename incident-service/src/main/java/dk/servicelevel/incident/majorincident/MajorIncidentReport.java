package dk.servicelevel.incident.majorincident;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.incident.incident.Incident;
import dk.servicelevel.incident.incident.RcaStatus;
import dk.servicelevel.incident.incident.RemedyAction;

/**
 * The incident report of a major incident: when, how, what and why it happened, what it meant for the users,
 * and what is done so that it does not happen again (seed 003).
 */
@Schema(description = "The incident report of a major incident (seed 003)")
public record MajorIncidentReport(
        @Schema(example = "INC-2026-000007") String incidentId,
        @Schema(example = "1") int priority,
        String majorIncidentManager,
        When when,
        How how,
        What what,
        Why why,
        Consequences consequences,
        List<RemedyAction> preventiveActions) {

    public record When(Instant occurredAt, Instant knownAt, Instant acknowledgedAt, Instant restoredAt,
            @Schema(description = "Minutes from when the vendor knew until restored; absent while it goes on") Long outageMinutes) {
    }

    public record How(@Schema(description = "MONITORING or USER_REPORT: how the vendor learnt of it") String detectedBy,
            String handling) {
    }

    public record What(String systemCode, String layer, String title, String description) {
    }

    public record Why(String cause, RcaStatus rootCauseAnalysisStatus, String rootCauseAnalysis) {
    }

    public record Consequences(String userImpact, BigDecimal affectedSharePercent, String statusColour) {
    }

    public static MajorIncidentReport of(Incident i) {
        Long minutes = i.restoredAt == null ? null : Duration.between(i.knownAt, i.restoredAt).toMinutes();
        String detectedBy = i.knownAt.equals(i.detectedAt) ? "MONITORING" : "USER_REPORT";
        return new MajorIncidentReport(i.number, 1, i.majorIncidentManager,
                new When(i.occurredAt, i.knownAt, i.acknowledgedAt, i.restoredAt, minutes),
                new How(detectedBy, i.handling),
                new What(i.systemCode, i.layer.name(), i.title, i.description),
                new Why(i.cause, i.rcaStatus, i.rcaText),
                new Consequences(i.userImpact, i.affectedSharePercent, i.statusColour.name()),
                i.remedyPlan);
    }
}
