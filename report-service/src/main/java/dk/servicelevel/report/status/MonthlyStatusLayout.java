package dk.servicelevel.report.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Series;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthAvailability;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import dk.servicelevel.report.status.MonthlyStatusReport.SystemStatus;

/** The monthly status as seeds 000 and 001 show it: narratives, the table of months with those below target marked, the plots. */
final class MonthlyStatusLayout {

    private MonthlyStatusLayout() {
    }

    static ReportLayout of(MonthlyStatusReport report) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("Legend", List.of(report.legend(), "Months below target are marked."), List.of()));
        report.systems().forEach(system -> sections.add(system(system)));
        return new ReportLayout("Monthly status", report.month() + " (" + report.zone() + "), generated "
                + Notation.time(report.generatedAt(), report.zone()), sections);
    }

    private static Section system(SystemStatus system) {
        List<String> paragraphs = new ArrayList<>();
        if (system.narratives().isEmpty()) {
            paragraphs.add("Operations ran without incidents in production.");
        }
        system.narratives().forEach(n -> paragraphs.add(n.colour() + ": " + n.text()));
        paragraphs.add("In the month there were " + system.changes() + " changes and " + system.serviceWindows()
                + " service windows in production.");
        List<String> months = system.serviceCalls().stream().map(c -> c.month().toString()).toList();
        List<String> headers = Stream.concat(Stream.of("SLA", "Goal"), months.stream()).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (SlaRow sla : system.slas()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(sla.name()), Cell.of(Notation.percent(sla.targetPercent()))));
            sla.months().forEach(m -> row.add(Cell.marked(Notation.percent(m.availabilityPercent()), Boolean.FALSE.equals(m.met()))));
            rows.add(row);
        }
        List<Cell> calls = new ArrayList<>(List.of(Cell.of("Service calls"), Cell.of("n.a.")));
        system.serviceCalls().forEach(c -> calls.add(Cell.of(c.operations())));
        rows.add(calls);
        List<Chart> charts = system.slas().stream().map(sla -> new Chart(sla.name() + ": availability against target",
                Chart.Kind.LINE, "availability %", months,
                List.of(new Series(sla.layer(), sla.months().stream().map(MonthAvailability::availabilityPercent).toList())),
                sla.targetPercent())).toList();
        return new Section(system.systemCode(), paragraphs, charts,
                List.of(new Table("Availability per month (combined)", headers, rows)));
    }
}
