package dk.servicelevel.incident.incident;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An incident of the fault log")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IncidentResponse(
        @Schema(example = "INC-2026-000123") String id,
        String systemCode, Layer layer, Environment environment, int category, StatusColour statusColour,
        IncidentState state,
        @Schema(description = "1 for a major incident (category 1 in production)", example = "1") int priority,
        boolean majorIncident, String majorIncidentManager,
        Instant occurredAt, Instant detectedAt, Instant reportedAt,
        @Schema(description = "When the vendor knew: the earlier of detectedAt and reportedAt") Instant knownAt,
        Instant acknowledgedAt, Instant restoredAt, Instant closedAt,
        Deadlines deadlines,
        String title, String description, String userImpact, BigDecimal affectedSharePercent,
        String cause, String handling, List<RemedyAction> remedyPlan,
        RcaStatus rcaStatus, String rcaText,
        Instant registeredAt, String registeredBy, long version,
        @Schema(description = "Only when one incident is fetched") List<Entry> timeline) {

    private static final int ORDINARY_PRIORITY = 2;

    @Schema(description = "The response deadlines of its category and whether they were missed")
    public record Deadlines(Instant acknowledgeBy, boolean acknowledgementOverdue, Instant restoreBy,
            boolean restorationOverdue) {
    }

    @Schema(name = "TimelineEntry")
    public record Entry(Instant at, String author, TimelineKind kind, String text) {
        static Entry of(TimelineEntry entry) {
            return new Entry(entry.at, entry.author, entry.kind, entry.text);
        }
    }

    static IncidentResponse of(Incident i, Instant now, List<TimelineEntry> timeline) {
        Deadlines deadlines = new Deadlines(i.acknowledgeDueAt,
                ResponseDeadlines.missed(i.acknowledgeDueAt, i.acknowledgedAt, now), i.restoreDueAt,
                ResponseDeadlines.missed(i.restoreDueAt, i.restoredAt, now));
        return new IncidentResponse(i.number, i.systemCode, i.layer, i.environment, i.category, i.statusColour,
                i.state, i.isMajor() ? 1 : ORDINARY_PRIORITY, i.isMajor(), i.majorIncidentManager,
                i.occurredAt, i.detectedAt, i.reportedAt, i.knownAt, i.acknowledgedAt, i.restoredAt, i.closedAt,
                deadlines, i.title, i.description, i.userImpact, i.affectedSharePercent, i.cause, i.handling,
                i.remedyPlan, i.rcaStatus, i.rcaText, i.registeredAt, i.registeredBy, i.version,
                timeline == null ? null : timeline.stream().map(Entry::of).toList());
    }
}
