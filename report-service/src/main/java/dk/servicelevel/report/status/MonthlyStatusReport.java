package dk.servicelevel.report.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import java.util.StringJoiner;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.rendering.ReportDocument;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportTexts;
import dk.servicelevel.report.rendering.ReportWording;
import dk.servicelevel.report.source.IncidentRecord;
import dk.servicelevel.report.source.SlaAvailability;
import dk.servicelevel.report.source.SlaRecord;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Schema(description = "The monthly status a public buyer publishes (seeds 000 and 001): per system and layer the SLA goal and the last "
        + "months' availability side by side, service calls per month, the month's incident narratives and its number of changes "
        + "and service windows")
@RegisterForReflection(registerFullHierarchy = true)
public record MonthlyStatusReport(
        @Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month,
        @Schema(type = SchemaType.STRING, example = "Europe/Copenhagen") ZoneId zone,
        Instant generatedAt,
        List<SystemStatus> systems,
        SortedMap<String, String> sources) implements ReportDocument {

    public record SystemStatus(String systemCode, List<SlaRow> slas, List<MonthCalls> serviceCalls,
            List<Narrative> narratives,
            @Schema(description = "Changes in the month") long changes,
            @Schema(description = "Service windows in the month") long serviceWindows) {
    }

    public record SlaRow(String slaId, String name, String layer,
            @Schema(description = "The combined target of the month reported on", example = "99.9") BigDecimal targetPercent,
            List<MonthAvailability> months) {

        /** The SLA's months, oldest first, with the combined target of the last: the month reported on. */
        public static SlaRow of(SlaRecord sla, List<MonthAvailability> months) {
            return new SlaRow(sla.id(), sla.name(), sla.layer(), months.get(months.size() - 1).targetPercent(), months);
        }

        /** The windows the SLA has now: those of its latest month with figures. */
        public List<WindowAvailability> currentWindows() {
            for (int i = months.size() - 1; i >= 0; i--) {
                if (!months.get(i).windows().isEmpty()) {
                    return months.get(i).windows();
                }
            }
            return List.of();
        }
    }

    public record MonthAvailability(@Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month,
            @Schema(description = "The combined target in force that month") BigDecimal targetPercent,
            @Schema(description = "Combined availability; absent when the SLA was not in force for the whole month") BigDecimal availabilityPercent,
            @Schema(description = "Whether the month met its target; absent with the availability") Boolean met,
            @Schema(description = "Each window of the agreement against its own target; empty when the SLA was not in force for the whole month")
            List<WindowAvailability> windows) {

        /** A month the SLA was not in force for the whole of: no figures. */
        public static MonthAvailability notInForce(YearMonth month) {
            return new MonthAvailability(month, null, null, null, List.of());
        }

        /** sla-service's evaluation of the month, combined and per window. */
        public static MonthAvailability of(YearMonth month, SlaAvailability evaluation) {
            return new MonthAvailability(month, evaluation.combined().targetPercent(), evaluation.combined().availabilityPercent(),
                    evaluation.combined().met(), evaluation.windows().stream().map(w -> new WindowAvailability(w.name(),
                            w.targetPercent(), w.availabilityPercent(), w.met(), w.downtimeMinutes(), w.serviceWindowMinutes())).toList());
        }

        /** The window of this name, or null when the month has none of it. */
        public WindowAvailability window(String name) {
            return windows.stream().filter(w -> w.window().equals(name)).findFirst().orElse(null);
        }
    }

    public record WindowAvailability(@Schema(example = "A") String window,
            @Schema(example = "99.9") BigDecimal targetPercent,
            @Schema(example = "99.95") BigDecimal availabilityPercent,
            boolean met,
            @Schema(description = "Unplanned downtime in the window's agreed time", example = "26") BigDecimal downtimeMinutes,
            @Schema(description = "Service windows (planned downtime) in the window's agreed time", example = "120") BigDecimal serviceWindowMinutes) {
    }

    public record MonthCalls(@Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month, long operations) {
    }

    @Schema(description = "An incident told in the manner of seeds 000 and 001: what happened, when, why and how it was handled")
    public record Narrative(String incidentId, String layer, int category, String colour, String title, Instant knownAt,
            @Schema(description = "Absent while not restored") Instant restoredAt, String description, String cause,
            String handling, @Schema(description = "NOT_STARTED, IN_PROGRESS, DONE or NOT_NEEDED; absent when not asked for") String rcaStatus) {

        /** The month's narratives as a report's paragraphs, each after its colour; one sentence when there were none. */
        public static List<String> paragraphs(List<Narrative> narratives, ReportWording wording) {
            if (narratives.isEmpty()) {
                return List.of(wording.texts().noIncidentsInProduction());
            }
            return narratives.stream().map(n -> wording.colour(n.colour()) + ": " + n.toldIn(wording)).toList();
        }

        /** The incident in the reader's words: title, reference, when, then what the vendor wrote about it. */
        public String toldIn(ReportWording wording) {
            ReportTexts texts = wording.texts();
            StringJoiner told = new StringJoiner(" ");
            told.add(title + " (" + incidentId + ", " + wording.layer(layer) + ", " + texts.category(category) + ").");
            told.add(restoredAt == null ? texts.knownFromNotRestored(wording.time(knownAt))
                    : texts.knownFromTo(wording.time(knownAt), wording.time(restoredAt)));
            sentence(told, "", description);
            sentence(told, texts.cause() + ": ", cause);
            sentence(told, texts.handling() + ": ", handling);
            if (rcaStatus != null) {
                told.add(texts.rootCause(rcaStatus));
            }
            return told.toString();
        }

        private static void sentence(StringJoiner told, String label, String content) {
            if (content != null && !content.isBlank()) {
                String text = content.strip();
                told.add(label + text + (text.matches(".*[.!?]$") ? "" : "."));
            }
        }

        public static Narrative of(IncidentRecord incident) {
            return new Narrative(incident.id(), incident.layer(), incident.category(), incident.statusColour(),
                    incident.title(), incident.knownAt(), incident.restoredAt(), incident.description(), incident.cause(),
                    incident.handling(), incident.rcaStatus());
        }
    }

    @Override
    public ReportKind kind() {
        return ReportKind.MONTHLY_STATUS;
    }

    @Override
    public String period() {
        return month.toString();
    }

    @Override
    public ReportLayout layout(ReportWording wording) {
        return MonthlyStatusLayout.of(this, wording);
    }
}
