package dk.servicelevel.report.activity;

import java.util.List;

import dk.servicelevel.report.activity.ActivityReport.ActivityType;
import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Table;

/** The activity report: maintenance, then the registered faults and the work on them. */
final class ActivityLayout {

    private ActivityLayout() {
    }

    static ReportLayout of(ActivityReport report) {
        long windows = report.maintenance().stream().filter(a -> a.type() == ActivityType.SERVICE_WINDOW).count();
        long changes = report.maintenance().size() - windows;
        Section maintenance = Section.of("Maintenance", List.of(changes + " changes and " + windows + " service windows."),
                List.of(new Table(null, List.of("Type", "System", "Kind", "Title", "Start", "End", "Hours", "Result",
                        "Notice kept", "Reference"), report.maintenance().stream().map(a -> List.of(Cell.of(a.type()),
                                Cell.of(a.systemCode()), Cell.of(Notation.orDash(a.changeKind())), Cell.of(a.title()),
                                Cell.of(Notation.time(a.start(), report.zone())), Cell.of(Notation.time(a.end(), report.zone())),
                                Cell.of(a.hours()), Cell.of(Notation.orDash(a.result())),
                                Cell.marked(Notation.orDash(a.noticeKept()), Boolean.FALSE.equals(a.noticeKept())),
                                Cell.of(a.reference()))).toList())));
        Section faults = Section.of("Registered faults and the work to remedy them",
                List.of(report.faults().size() + " faults registered."),
                List.of(new Table(null, List.of("Incident", "System", "Layer", "Category", "State", "Reaction (min)",
                        "Restoration (min)", "Handling", "Remedy actions done"), report.faults().stream().map(f -> Cell.row(
                                f.incidentId(), f.systemCode(), f.layer(), f.category(), f.state(),
                                Notation.orDash(f.reactionMinutes()), Notation.orDash(f.restorationMinutes()),
                                Notation.orDash(f.handling()), f.remedyActionsDone() + " of " + f.remedyActions())).toList())));
        return new ReportLayout("Activity report", report.month() + " (" + report.zone() + "), generated "
                + Notation.time(report.generatedAt(), report.zone()), List.of(maintenance, faults));
    }
}
