package dk.servicelevel.report.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.report.ReportConfig;
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
import dk.servicelevel.report.source.BookingFigures;
import dk.servicelevel.report.source.CapacityWarning;
import dk.servicelevel.report.source.ChangeRecord;
import dk.servicelevel.report.source.IncidentRecord;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.MonthRecords;
import dk.servicelevel.report.source.OneAtATime;
import dk.servicelevel.report.source.OutageRecord;
import dk.servicelevel.report.source.ServiceWindowRecord;
import dk.servicelevel.report.source.SlaAvailability;
import dk.servicelevel.report.source.SlaAvailability.ResponseTimes;
import dk.servicelevel.report.source.SlaFigures;
import dk.servicelevel.report.source.SlaRecord;
import dk.servicelevel.report.source.SourceVersions;
import dk.servicelevel.report.status.MonthlyStatus;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
import dk.servicelevel.report.status.MonthlyStatusReport.Narrative;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import io.smallrye.mutiny.Uni;

/**
 * Puts the monthly operations report together from the figures of sla-service, incident-service and booking-service;
 * its last 12 months are the monthly status's.
 */
@ApplicationScoped
public class MonthlyOperations {

    private final SlaFigures slas;
    private final IncidentRecords incidents;
    private final BookingFigures booking;
    private final MonthlyStatus status;
    private final ReportConfig config;
    private final Clock clock;

    MonthlyOperations(SlaFigures slas, IncidentRecords incidents, BookingFigures booking, MonthlyStatus status,
            ReportConfig config, Clock clock) {
        this.slas = slas;
        this.incidents = incidents;
        this.booking = booking;
        this.status = status;
        this.config = config;
        this.clock = clock;
    }

    public Uni<MonthlyOperationsReport> of(ReportMonth month) {
        return MonthRecords.read(slas, incidents, month).chain(records -> {
                    SourceVersions sources = new SourceVersions();
                    sources.incidents(records.incidents());
                    return OneAtATime.all(records.systems().stream()
                            .map(system -> system(system, records, month, sources)).toList())
                            .map(all -> new MonthlyOperationsReport(month.month(), month.zone(), clock.instant(), all,
                                    sources.asMap()));
                });
    }

    private Uni<SystemOperations> system(String system, MonthRecords records, ReportMonth month, SourceVersions sources) {
        List<SlaRecord> layers = records.slasOf(system);
        List<ReportMonth> months = month.lastMonths(config.statusMonths());
        Uni<List<CapacityWarning>> capacity = system.equals(config.bookingSystem())
                ? booking.capacityWarnings(month) : Uni.createFrom().item(List.of());
        Uni<List<EvaluatedLayer>> evaluated = OneAtATime.all(layers.stream()
                .map(sla -> layer(sla, records.incidents(), month, sources)).toList());
        Uni<LastMonths> lastMonths = Uni.combine().all().unis(status.slaRows(layers, months, sources),
                status.serviceCalls(system, months)).with(LastMonths::new);
        List<Narrative> narratives = records.incidents().stream()
                .filter(i -> i.systemCode().equals(system) && i.inProduction()).map(Narrative::of).toList();
        return Uni.combine().all().unis(slas.callCounts(system, month), incidents.serviceWindows(system, month),
                incidents.changes(system, month), capacity, evaluated, lastMonths)
                .with((calls, windows, changes, warnings, figures, last) -> {
                    sources.serviceWindows(windows);
                    sources.changes(changes);
                    return new SystemOperations(system, calls.operations(), calls.byInterface(), calls.byHourOfDay(),
                            figures.get(0).responseTimes(), figures.stream().map(EvaluatedLayer::figures).toList(),
                            last.slas(), last.calls(), narratives,
                            windows.stream().map(MonthlyOperations::serviceWindow).toList(),
                            changes.stream().map(MonthlyOperations::change).toList(), warnings);
                });
    }

    private record LastMonths(List<SlaRow> slas, List<MonthCalls> calls) {
    }

    /** The response times are measured per system, so every layer's evaluation has the same. */
    private record EvaluatedLayer(LayerOperations figures, ResponseTimes responseTimes) {
    }

    private Uni<EvaluatedLayer> layer(SlaRecord sla, List<IncidentRecord> monthIncidents, ReportMonth month,
            SourceVersions sources) {
        return Uni.combine().all().unis(slas.availability(sla.id(), month),
                incidents.outages(sla.systemCode(), sla.layer(), month)).with((availability, outages) -> {
                    sources.sla(availability);
                    List<IncidentRecord> faults = monthIncidents.stream()
                            .filter(i -> i.systemCode().equals(sla.systemCode()) && i.layer().equals(sla.layer())).toList();
                    List<WindowFigures> windows = availability.windows().stream().map(MonthlyOperations::window).toList();
                    return new EvaluatedLayer(new LayerOperations(sla.id(), sla.layer(), status(faults),
                            windows.stream().allMatch(WindowFigures::met), windows, window(availability.combined()),
                            outages.stream().map(o -> outage(o, month)).toList(),
                            faults.stream().map(MonthlyOperations::fault).toList(), lateRevisions(availability)),
                            availability.responseTimes());
                });
    }

    private static List<LateRevisionFacts> lateRevisions(SlaAvailability availability) {
        return availability.versions().stream().filter(v -> v.lateRevision() != null)
                .map(v -> new LateRevisionFacts(availability.slaId(), v.version(), v.from(), v.lateRevision().recordedAt(),
                        v.lateRevision().recordedBy(), v.lateRevision().reason()))
                .toList();
    }

    /** The worst colour of the production incidents: RED before YELLOW before GREEN (seed 000's legend). */
    static String status(List<IncidentRecord> faults) {
        return faults.stream().filter(IncidentRecord::inProduction).map(IncidentRecord::statusColour)
                .max(Comparator.comparingInt(MonthlyOperations::severity)).orElse("GREEN");
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

    private static OutageFacts outage(OutageRecord outage, ReportMonth month) {
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
