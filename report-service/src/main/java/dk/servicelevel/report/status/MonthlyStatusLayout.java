package dk.servicelevel.report.status;

import java.util.ArrayList;
import java.util.List;

import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportTexts;
import dk.servicelevel.report.rendering.ReportWording;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
import dk.servicelevel.report.status.MonthlyStatusReport.Narrative;
import dk.servicelevel.report.status.MonthlyStatusReport.SystemStatus;

/** The monthly status as seeds 000 and 001 show it: narratives, the table of months with those below target marked, the plots. */
final class MonthlyStatusLayout {

    private MonthlyStatusLayout() {
    }

    static ReportLayout of(MonthlyStatusReport report, ReportWording wording) {
        ReportTexts texts = wording.texts();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(texts.legendHeading(), List.of(texts.legend(), texts.notInForce(), texts.belowTargetMarked()),
                List.of()));
        report.systems().forEach(system -> sections.add(system(system, wording)));
        return new ReportLayout(texts.reportKind(report.kind().name()),
                wording.subtitle(wording.month(report.month()), report.generatedAt()), sections, texts.noneInPeriod());
    }

    private static Section system(SystemStatus system, ReportWording wording) {
        ReportTexts texts = wording.texts();
        List<String> paragraphs = new ArrayList<>(Narrative.paragraphs(system.narratives(), wording));
        paragraphs.add(texts.changesAndServiceWindows(system.changes(), system.serviceWindows()));
        return new Section(system.systemCode(), paragraphs,
                AvailabilityByMonth.chart(system.systemCode(), system.slas(),
                        system.serviceCalls().stream().map(MonthCalls::month).toList(), wording),
                List.of(AvailabilityByMonth.table(system.slas(), system.serviceCalls(), wording)));
    }
}
