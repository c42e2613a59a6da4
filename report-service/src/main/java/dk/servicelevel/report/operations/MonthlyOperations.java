package dk.servicelevel.report.operations;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.operations.MonthlyOperationsReport.SystemOperations;
import dk.servicelevel.report.operations.SystemMonth.EvaluatedLayer;
import dk.servicelevel.report.source.BookingFigures;
import dk.servicelevel.report.source.CapacityWarning;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.MonthRecords;
import dk.servicelevel.report.source.OneAtATime;
import dk.servicelevel.report.source.SlaFigures;
import dk.servicelevel.report.source.SlaRecord;
import dk.servicelevel.report.source.SourceVersions;
import dk.servicelevel.report.status.MonthlyStatus;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
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
        Uni<List<EvaluatedLayer>> evaluated = OneAtATime.all(layers.stream().map(sla -> layer(sla, month, sources)).toList());
        Uni<LastMonths> lastMonths = Uni.combine().all().unis(status.slaRows(layers, months, sources),
                status.serviceCalls(system, months)).with(LastMonths::new);
        return Uni.combine().all().unis(slas.callCounts(system, month), incidents.serviceWindows(system, month),
                incidents.changes(system, month), capacity, evaluated, lastMonths)
                .with((calls, windows, changes, warnings, figures, last) -> {
                    sources.serviceWindows(windows);
                    sources.changes(changes);
                    return new SystemMonth(system, month, calls, figures, records.incidents(), windows, changes, warnings,
                            last.slas(), last.calls()).operations();
                });
    }

    private record LastMonths(List<SlaRow> slas, List<MonthCalls> calls) {
    }

    private Uni<EvaluatedLayer> layer(SlaRecord sla, ReportMonth month, SourceVersions sources) {
        return Uni.combine().all().unis(slas.availability(sla.id(), month), incidents.outages(sla.systemCode(), sla.layer(), month))
                .with((availability, outages) -> {
                    sources.sla(availability);
                    return new EvaluatedLayer(sla, availability, outages);
                });
    }
}
