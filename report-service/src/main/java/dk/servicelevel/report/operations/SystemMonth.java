package dk.servicelevel.report.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.operations.MonthlyOperationsReport.ChangeFacts;
import dk.servicelevel.report.operations.MonthlyOperationsReport.FaultFacts;
import dk.servicelevel.report.operations.MonthlyOperationsReport.LateRevisionFacts;
import dk.servicelevel.report.operations.MonthlyOperationsReport.LayerOperations;
import dk.servicelevel.report.operations.MonthlyOperationsReport.OutageFacts;
import dk.servicelevel.report.operations.MonthlyOperationsReport.ServiceWindowFacts;
import dk.servicelevel.report.operations.MonthlyOperationsReport.SystemOperations;
import dk.servicelevel.report.operations.MonthlyOperationsReport.WindowFigures;
import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.source.CallCounts;
import dk.servicelevel.report.source.CapacityWarning;
import dk.servicelevel.report.source.ChangeRecord;
import dk.servicelevel.report.source.IncidentRecord;
import dk.servicelevel.report.source.OutageRecord;
import dk.servicelevel.report.source.ServiceWindowRecord;
import dk.servicelevel.report.source.SlaAvailability;
import dk.servicelevel.report.source.SlaRecord;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
import dk.servicelevel.report.status.MonthlyStatusReport.Narrative;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;

/**
 * One system's month as the sources answered it, and what the monthly operations report says of it: each layer's
 * evaluation with its outages and faults, the worst colour, the service windows, changes and capacity warnings.
 *
 * @param incidents the incidents the vendor knew of in the month, of every system
 * @param lastSlas each SLA's availability in the months of the monthly status
 */
public record SystemMonth(String system, ReportMonth month, CallCounts calls, List<EvaluatedLayer> layers,
        List<IncidentRecord> incidents, List<ServiceWindowRecord> serviceWindows, List<ChangeRecord> changes,
        List<CapacityWarning> capacityWarnings, List<SlaRow> lastSlas, List<MonthCalls> lastCalls) {

    /** A layer's SLA, sla-service's evaluation of it in the month, and incident-service's outages of the layer. */
    public record EvaluatedLayer(SlaRecord sla, SlaAvailability availability, List<OutageRecord> outages) {
    }

    /** The system's part of the report; the response times are measured per system, so every layer's evaluation has the same. */
    public SystemOperations operations() {
        List<IncidentRecord> ofTheSystem = incidents.stream().filter(i -> i.systemCode().equals(system)).toList();
        return new SystemOperations(system, calls.operations(), calls.byInterface(), calls.byHourOfDay(),
                layers.get(0).availability().responseTimes(), layers.stream().map(layer -> layer(layer, ofTheSystem)).toList(),
                lastSlas, lastCalls, ofTheSystem.stream().filter(IncidentRecord::inProduction).map(Narrative::of).toList(),
                serviceWindows.stream().map(SystemMonth::serviceWindow).toList(),
                changes.stream().map(SystemMonth::change).toList(), capacityWarnings);
    }

    private LayerOperations layer(EvaluatedLayer layer, List<IncidentRecord> ofTheSystem) {
        SlaAvailability availability = layer.availability();
        List<IncidentRecord> faults = ofTheSystem.stream().filter(i -> i.layer().equals(layer.sla().layer())).toList();
        List<WindowFigures> windows = availability.windows().stream().map(SystemMonth::window).toList();
        return new LayerOperations(layer.sla().id(), layer.sla().layer(), status(faults), windows.stream().allMatch(WindowFigures::met),
                windows, window(availability.combined()), layer.outages().stream().map(this::outage).toList(),
                faults.stream().map(SystemMonth::fault).toList(), lateRevisions(availability));
    }

    private static List<LateRevisionFacts> lateRevisions(SlaAvailability availability) {
        return availability.versions().stream().filter(v -> v.lateRevision() != null)
                .map(v -> new LateRevisionFacts(availability.slaId(), v.version(), v.from(), v.lateRevision().recordedAt(),
                        v.lateRevision().recordedBy(), v.lateRevision().reason()))
                .toList();
    }

    /** The worst colour of the production incidents: RED before YELLOW before GREEN (seed 000's legend). */
    private static String status(List<IncidentRecord> faults) {
        return faults.stream().filter(IncidentRecord::inProduction).map(IncidentRecord::statusColour)
                .max(Comparator.comparingInt(SystemMonth::severity)).orElse("GREEN");
    }

    private static int severity(String colour) {
        return switch (colour) {
            case "RED" -> 2;
            case "YELLOW" -> 1;
            default -> 0;
        };
    }

    private static WindowFigures window(SlaAvailability.Window w) {
        return new WindowFigures(w.name(), w.targetPercent(), w.availabilityPercent(), w.met(), w.agreedMinutes(),
                w.downtimeMinutes(), w.serviceWindowMinutes(), Notation.hours(w.agreedMinutes()),
                Notation.hours(w.agreedMinutes().subtract(w.downtimeMinutes())), w.budgetRemainingMinutes());
    }

    private OutageFacts outage(OutageRecord outage) {
        Instant end = outage.end() == null ? month.end() : outage.end();
        return new OutageFacts(outage.incidentId(), outage.category(), outage.statusColour(), outage.start(),
                outage.end(), Notation.hours(Duration.between(outage.start(), end)));
    }

    private static ServiceWindowFacts serviceWindow(ServiceWindowRecord window) {
        return new ServiceWindowFacts(window.id(), window.startAt(), window.endAt(),
                Notation.hours(Duration.between(window.startAt(), window.endAt())), window.purpose());
    }

    private static ChangeFacts change(ChangeRecord change) {
        return new ChangeFacts(change.id(), change.kind(), change.title(),
                change.actualStartAt() != null ? change.actualStartAt() : change.plannedStartAt(),
                change.actualEndAt() != null ? change.actualEndAt() : change.plannedEndAt(),
                change.withDowntime(), change.result(), change.noticeKept());
    }

    private static FaultFacts fault(IncidentRecord incident) {
        return new FaultFacts(incident.id(), incident.environment(), incident.category(), incident.statusColour(),
                incident.knownAt(), Notation.minutes(incident.reactionTime()), incident.restoredAt(), incident.cause(),
                incident.handling(), "/api/v1/incidents/" + incident.id());
    }
}
