package dk.servicelevel.report.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Goal;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Series;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthAvailability;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import dk.servicelevel.report.status.MonthlyStatusReport.SystemStatus;
import dk.servicelevel.report.status.MonthlyStatusReport.WindowAvailability;

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
        List<String> headers = Stream.concat(Stream.of("SLA", "Window", "Goal"), months.stream()).toList();
        List<List<Cell>> rows = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        Map<BigDecimal, Goal> goals = new TreeMap<>();
        for (SlaRow sla : system.slas()) {
            for (WindowAvailability window : sla.currentWindows()) {
                List<Cell> row = new ArrayList<>(List.of(Cell.of(sla.name()), Cell.of(window.window()),
                        Cell.of(Notation.percent(window.targetPercent()))));
                List<BigDecimal> values = new ArrayList<>();
                for (MonthAvailability month : sla.months()) {
                    WindowAvailability figure = month.window(window.window());
                    row.add(figure == null ? Cell.of("n.a.")
                            : Cell.marked(Notation.percent(figure.availabilityPercent()), !figure.met()));
                    values.add(figure == null ? null : figure.availabilityPercent());
                }
                rows.add(row);
                series.add(new Series(sla.layer() + " " + window.window(), values));
                goals.putIfAbsent(window.targetPercent(), new Goal("goal " + window.targetPercent().toPlainString() + " %",
                        window.targetPercent()));
            }
        }
        List<Cell> calls = new ArrayList<>(List.of(Cell.of("Service calls"), Cell.of(""), Cell.of("")));
        system.serviceCalls().forEach(c -> calls.add(Cell.of(c.operations())));
        rows.add(calls);
        List<Chart> charts = series.isEmpty() ? List.of() : List.of(new Chart(system.systemCode()
                + ": availability per window against its goal", Chart.Kind.LINE, "availability %", months, series,
                List.copyOf(goals.values())));
        return new Section(system.systemCode(), paragraphs, charts,
                List.of(new Table("Availability per window and month", headers, rows)));
    }
}
