package dk.servicelevel.report.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.activity.ActivityReport.ActivityType;
import dk.servicelevel.report.activity.ActivityReport.FaultWork;
import dk.servicelevel.report.activity.ActivityReport.MaintenanceActivity;
import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.source.ChangeRecord;
import dk.servicelevel.report.source.IncidentRecord;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.OneAtATime;
import dk.servicelevel.report.source.ServiceWindowRecord;
import dk.servicelevel.report.source.SlaFigures;
import dk.servicelevel.report.source.SlaRecord;
import dk.servicelevel.report.source.SourceVersions;
import io.smallrye.mutiny.Uni;

/** The activity report of a month from incident-service's service windows, changes and fault log. */
@ApplicationScoped
public class Activity {

    private final SlaFigures slas;
    private final IncidentRecords incidents;
    private final Clock clock;

    Activity(SlaFigures slas, IncidentRecords incidents, Clock clock) {
        this.slas = slas;
        this.incidents = incidents;
        this.clock = clock;
    }

    public Uni<ActivityReport> of(ReportMonth month) {
        SourceVersions sources = new SourceVersions();
        Uni<List<MaintenanceActivity>> maintenance = slas.slas().chain(all -> OneAtATime.all(all.stream()
                .map(SlaRecord::systemCode).distinct().map(system -> maintenance(system, month, sources)).toList()))
                .map(perSystem -> perSystem.stream().flatMap(List::stream)
                        .sorted(Comparator.comparing(MaintenanceActivity::start)).toList());
        return Uni.combine().all().unis(maintenance, incidents.incidents(month.start(), month.end()))
                .with((activities, faults) -> {
                    sources.incidents(faults);
                    return new ActivityReport(month.month(), month.zone(), clock.instant(), activities,
                            faults.stream().map(Activity::work).toList(), sources.asMap());
                });
    }

    private Uni<List<MaintenanceActivity>> maintenance(String system, ReportMonth month, SourceVersions sources) {
        return Uni.combine().all().unis(incidents.serviceWindows(system, month), incidents.changes(system, month))
                .with((windows, changes) -> {
                    sources.serviceWindows(windows);
                    sources.changes(changes);
                    List<MaintenanceActivity> activities = new ArrayList<>();
                    windows.forEach(w -> activities.add(serviceWindow(w)));
                    changes.forEach(c -> activities.add(change(c)));
                    return activities;
                });
    }

    private static MaintenanceActivity serviceWindow(ServiceWindowRecord w) {
        return new MaintenanceActivity(ActivityType.SERVICE_WINDOW, "/api/v1/service-windows/" + w.id(), w.systemCode(),
                null, w.purpose(), w.startAt(), w.endAt(), Notation.hours(Duration.between(w.startAt(), w.endAt())),
                null, null);
    }

    /** A change counts from its actual times once carried out, from its planned times before. */
    private static MaintenanceActivity change(ChangeRecord c) {
        Instant start = c.actualStartAt() != null ? c.actualStartAt() : c.plannedStartAt();
        Instant end = c.actualEndAt() != null ? c.actualEndAt() : c.plannedEndAt();
        return new MaintenanceActivity(ActivityType.CHANGE, "/api/v1/changes/" + c.id(), c.systemCode(), c.kind(),
                c.title(), start, end, Notation.hours(Duration.between(start, end)), c.result(), c.noticeKept());
    }

    private static FaultWork work(IncidentRecord i) {
        int done = i.remedyPlan() == null ? 0 : (int) i.remedyPlan().stream().filter(IncidentRecord.RemedyAction::done).count();
        return new FaultWork(i.id(), i.systemCode(), i.layer(), i.category(), i.state(),
                Notation.minutes(i.reactionTime()), Notation.minutes(i.duration()), i.handling(),
                i.remedyPlan() == null ? 0 : i.remedyPlan().size(), done);
    }
}
