package dk.servicelevel.report.status;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.MonthRecords;
import dk.servicelevel.report.source.OneAtATime;
import dk.servicelevel.report.source.SlaFigures;
import dk.servicelevel.report.source.SlaRecord;
import dk.servicelevel.report.source.SourceVersions;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthAvailability;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
import dk.servicelevel.report.status.MonthlyStatusReport.Narrative;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import dk.servicelevel.report.status.MonthlyStatusReport.SystemStatus;
import io.smallrye.mutiny.Uni;

/** Puts the monthly status together: sla-service's evaluations of the last months, its call counts, and incident-service's records. */
@ApplicationScoped
public class MonthlyStatus {

    private final SlaFigures slas;
    private final IncidentRecords incidents;
    private final ReportConfig config;
    private final Clock clock;

    MonthlyStatus(SlaFigures slas, IncidentRecords incidents, ReportConfig config, Clock clock) {
        this.slas = slas;
        this.incidents = incidents;
        this.config = config;
        this.clock = clock;
    }

    public Uni<MonthlyStatusReport> of(ReportMonth month) {
        return MonthRecords.read(slas, incidents, month).chain(records -> {
                    SourceVersions sources = new SourceVersions();
                    sources.incidents(records.incidents());
                    return OneAtATime.all(records.systems().stream()
                            .map(system -> system(system, records, month, sources)).toList())
                            .map(systems -> new MonthlyStatusReport(month.month(), month.zone(), clock.instant(),
                                    systems, sources.asMap()));
                });
    }

    private Uni<SystemStatus> system(String system, MonthRecords records, ReportMonth month, SourceVersions sources) {
        List<ReportMonth> months = month.lastMonths(config.statusMonths());
        List<Narrative> narratives = records.incidents().stream()
                .filter(i -> i.systemCode().equals(system) && i.inProduction())
                .map(Narrative::of).toList();
        return Uni.combine().all().unis(slaRows(records.slasOf(system), months, sources), serviceCalls(system, months),
                incidents.monthlyCount(system, month)).with((r, c, count) ->
                new SystemStatus(system, r, c, narratives, count.changes(), count.serviceWindows()));
    }

    /** Each SLA's availability in each of the months, as sla-service evaluated it. */
    public Uni<List<SlaRow>> slaRows(List<SlaRecord> slas, List<ReportMonth> months, SourceVersions sources) {
        return OneAtATime.all(slas.stream().map(sla -> row(sla, months, sources)).toList());
    }

    /** A system's measured operations in each of the months. */
    public Uni<List<MonthCalls>> serviceCalls(String system, List<ReportMonth> months) {
        return OneAtATime.all(months.stream()
                .map(m -> slas.callCounts(system, m).map(c -> new MonthCalls(m.month(), c.operations()))).toList());
    }

    private Uni<SlaRow> row(SlaRecord sla, List<ReportMonth> months, SourceVersions sources) {
        return OneAtATime.all(months.stream().map(m -> sla.inForceFrom().isAfter(m.start())
                ? Uni.createFrom().item(MonthAvailability.notInForce(m.month()))
                : slas.availability(sla.id(), m).invoke(sources::sla).map(evaluation -> MonthAvailability.of(m.month(), evaluation)))
                .toList())
                .map(figures -> SlaRow.of(sla, figures));
    }
}
