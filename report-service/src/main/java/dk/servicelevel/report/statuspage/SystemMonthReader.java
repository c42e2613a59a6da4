package dk.servicelevel.report.statuspage;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;

import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.source.ChangeRecord;
import dk.servicelevel.report.source.IncidentRecord;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.ServiceWindowRecord;
import dk.servicelevel.report.source.SlaRecord;
import dk.servicelevel.report.source.SourceVersions;
import dk.servicelevel.report.source.SystemRecord;
import dk.servicelevel.report.status.MonthlyStatus;
import dk.servicelevel.report.statuspage.SystemMonthFigures.IncidentNarrative;
import dk.servicelevel.report.statuspage.SystemMonthFigures.PlannedWork;
import io.smallrye.mutiny.Uni;

/**
 * Reads one system's figures for one month from the services that own them, the way the monthly status does. A
 * bulkhead lets two such readings run at once and queues the rest, so that filling the board for hundreds of systems
 * never floods sla-service.
 */
@ApplicationScoped
public class SystemMonthReader {

    private final MonthlyStatus monthlyStatus;
    private final IncidentRecords incidents;
    private final ReportConfig config;
    private final Clock clock;

    SystemMonthReader(MonthlyStatus monthlyStatus, IncidentRecords incidents, ReportConfig config, Clock clock) {
        this.monthlyStatus = monthlyStatus;
        this.incidents = incidents;
        this.config = config;
        this.clock = clock;
    }

    @Bulkhead(value = 2, waitingTaskQueue = 100_000)
    public Uni<SystemMonthFigures> read(SystemRecord system, List<SlaRecord> slas, ReportMonth month) {
        List<ReportMonth> months = month.lastMonths(config.statusMonths());
        String code = system.code();
        return Uni.combine().all().unis(monthlyStatus.slaRows(slas, months, new SourceVersions()),
                        monthlyStatus.serviceCalls(code, months), incidents.incidents(code, month.start(), month.end()),
                        incidents.serviceWindows(code, month), incidents.changes(code, month))
                .with((rows, calls, found, windows, changes) -> new SystemMonthFigures(code, system.name(), month.month(),
                        rows, calls, narratives(found), windows.stream().map(SystemMonthReader::work).toList(),
                        changes.stream().map(SystemMonthReader::work).toList(), clock.instant()));
    }

    private static List<IncidentNarrative> narratives(List<IncidentRecord> found) {
        return found.stream().filter(IncidentRecord::inProduction)
                .map(i -> new IncidentNarrative(i.id(), i.layer(), i.category(), i.statusColour(), i.title(),
                        i.description(), i.cause(), i.handling(), i.knownAt(), i.restoredAt(), i.rcaStatus()))
                .toList();
    }

    private static PlannedWork work(ServiceWindowRecord window) {
        return new PlannedWork(null, window.purpose(), window.startAt(), window.endAt(), true, null);
    }

    private static PlannedWork work(ChangeRecord change) {
        return new PlannedWork(change.kind(), change.title(),
                change.actualStartAt() != null ? change.actualStartAt() : change.plannedStartAt(),
                change.actualEndAt() != null ? change.actualEndAt() : change.plannedEndAt(),
                change.withDowntime(), change.result());
    }
}
