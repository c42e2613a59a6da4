package dk.servicelevel.report.faultlog;

import java.util.List;
import java.util.stream.Collectors;

import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import dk.servicelevel.report.rendering.ReportTexts;
import dk.servicelevel.report.rendering.ReportWording;

/** The fault log as one table, with each entry's remedy plan. */
final class FaultLogLayout {

    private FaultLogLayout() {
    }

    static ReportLayout of(FaultLogReport report, ReportWording wording) {
        ReportTexts texts = wording.texts();
        Table faults = new Table(null, List.of(texts.id(), texts.system(), texts.layer(), texts.environment(),
                texts.categoryHeader(), texts.known(), texts.restored(), texts.durationMinutes(), texts.state(), texts.title(),
                texts.cause(), texts.handling(), texts.remedyPlan()), report.entries().stream()
                        .map(e -> List.of(Cell.of(e.id()), Cell.of(e.systemCode()), Cell.of(wording.layer(e.layer())),
                                Cell.of(texts.environmentName(e.environment())), Cell.marked(e.category(), e.category() == 1),
                                Cell.of(wording.time(e.knownAt())), Cell.of(wording.time(e.restoredAt())),
                                Cell.of(wording.number(e.durationMinutes())), Cell.of(texts.incidentState(e.state())),
                                Cell.of(e.title()), Cell.of(wording.orDash(e.cause())), Cell.of(wording.orDash(e.handling())),
                                Cell.of(remedyPlan(e, wording)))).toList());
        String period = texts.fromTo(wording.time(report.from()), wording.time(report.to()));
        return new ReportLayout(texts.reportKind(report.kind().name()), wording.subtitle(period, report.generatedAt()),
                List.of(Section.of(texts.faultsAndProblems(), List.of(texts.categories()), List.of(faults))), texts.noneInPeriod());
    }

    private static String remedyPlan(FaultLogReport.Entry entry, ReportWording wording) {
        if (entry.remedyPlan() == null || entry.remedyPlan().isEmpty()) {
            return wording.orDash(null);
        }
        return entry.remedyPlan().stream().map(a -> wording.texts().remedyAction(a.action(), a.owner(),
                wording.date(a.dueDate()), a.done())).collect(Collectors.joining("; "));
    }
}
