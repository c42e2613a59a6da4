package dk.servicelevel.report.status;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Goal;
import dk.servicelevel.report.rendering.ReportLayout.Series;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import dk.servicelevel.report.rendering.ReportWording;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthAvailability;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import dk.servicelevel.report.status.MonthlyStatusReport.WindowAvailability;

/**
 * A system's months side by side as seeds 000 and 001 show them: each window of each SLA against its own goal, months
 * below it marked and months before the SLA neither met nor missed; as a table and as a plot with a line per goal.
 */
public final class AvailabilityByMonth {

    private AvailabilityByMonth() {
    }

    public static Table table(List<SlaRow> slas, List<MonthCalls> calls, ReportWording wording) {
        var texts = wording.texts();
        List<String> headers = Stream.concat(Stream.of(texts.layerAndWindow(), texts.goalHeader()),
                calls.stream().map(c -> wording.month(c.month()))).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (SlaRow sla : slas) {
            for (WindowAvailability window : sla.currentWindows()) {
                List<Cell> row = new ArrayList<>(List.of(Cell.of(texts.windowOfLayer(sla.layer(), window.window())),
                        Cell.of(wording.percent(window.targetPercent()))));
                for (MonthAvailability month : sla.months()) {
                    WindowAvailability figure = month.window(window.window());
                    row.add(figure == null ? Cell.of(texts.notApplicable())
                            : Cell.marked(wording.percent(figure.availabilityPercent()), !figure.met()));
                }
                rows.add(row);
            }
        }
        List<Cell> callRow = new ArrayList<>(List.of(Cell.of(texts.serviceCalls()), Cell.of("")));
        calls.forEach(c -> callRow.add(Cell.of(wording.number(c.operations()))));
        rows.add(callRow);
        return new Table(texts.availabilityPerWindowAndMonth(), headers, rows);
    }

    /** The plot of the table's windows, or none when the system has no SLA with figures. */
    public static List<Chart> chart(String systemName, List<SlaRow> slas, List<YearMonth> months, ReportWording wording) {
        List<Series> series = new ArrayList<>();
        Map<BigDecimal, Goal> goals = new TreeMap<>();
        for (SlaRow sla : slas) {
            for (WindowAvailability window : sla.currentWindows()) {
                series.add(new Series(wording.texts().windowOfLayer(sla.layer(), window.window()), sla.months().stream()
                        .map(m -> m.window(window.window())).map(w -> w == null ? null : w.availabilityPercent()).toList()));
                goals.putIfAbsent(window.targetPercent(), new Goal(wording.texts().goal(wording.number(window.targetPercent())),
                        window.targetPercent()));
            }
        }
        return series.isEmpty() ? List.of() : List.of(new Chart(wording.texts().availabilityAgainstGoals(systemName),
                Chart.Kind.LINE, wording.texts().availabilityAxis(), months.stream().map(wording::monthOnAxis).toList(), series,
                List.copyOf(goals.values())));
    }
}
