package dk.servicelevel.report.faultlog;

import java.util.List;
import java.util.stream.Collectors;

import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Table;

/** The fault log as one table, with each entry's remedy plan. */
final class FaultLogLayout {

    private FaultLogLayout() {
    }

    static ReportLayout of(FaultLogReport report) {
        Table faults = new Table(null, List.of("Id", "System", "Layer", "Environment", "Category", "Known", "Restored",
                "Duration (min)", "State", "Title", "Cause", "Handling", "Remedy plan"), report.entries().stream()
                        .map(e -> List.of(Cell.of(e.id()), Cell.of(e.systemCode()), Cell.of(e.layer()),
                                Cell.of(e.environment()), Cell.marked(e.category(), e.category() == 1),
                                Cell.of(Notation.time(e.knownAt(), report.zone())),
                                Cell.of(Notation.time(e.restoredAt(), report.zone())),
                                Cell.of(Notation.orDash(e.durationMinutes())), Cell.of(e.state()), Cell.of(e.title()),
                                Cell.of(Notation.orDash(e.cause())), Cell.of(Notation.orDash(e.handling())),
                                Cell.of(remedyPlan(e)))).toList());
        return new ReportLayout("Fault log", Notation.time(report.from(), report.zone()) + " to "
                + Notation.time(report.to(), report.zone()) + " (" + report.zone() + "), generated "
                + Notation.time(report.generatedAt(), report.zone()), List.of(Section.of("Faults and problems",
                        List.of("Categories: 1 serious, 2 significant, 3 minor, 4 documentation (seed 002, Krav 21)."),
                        List.of(faults))));
    }

    private static String remedyPlan(FaultLogReport.Entry entry) {
        if (entry.remedyPlan() == null || entry.remedyPlan().isEmpty()) {
            return "–";
        }
        return entry.remedyPlan().stream().map(a -> a.action() + " (" + a.owner() + ", " + a.dueDate()
                + (a.done() ? ", done" : "") + ")").collect(Collectors.joining("; "));
    }
}
