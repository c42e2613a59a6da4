package dk.servicelevel.report.statuspage;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dk.servicelevel.report.status.MonthlyStatusReport.MonthAvailability;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import dk.servicelevel.report.status.MonthlyStatusReport.WindowAvailability;

/**
 * A system's availability laid out for the page: a row per month, a column per layer and window with the window's own
 * target (the contract sets one per window, 99.9 % in window A and 95 % in window B, say), so that twelve months fit
 * on a laptop's screen and fold to lines on a phone.
 */
public record AvailabilityTable(List<Column> columns, List<Row> rows) {

    public record Column(String layer, String window, BigDecimal targetPercent) {
    }

    public record Row(YearMonth month, List<Cell> cells) {
    }

    /** A month of a window: its availability, or none when the SLA was not in force for the whole month. */
    public record Cell(Column column, BigDecimal availabilityPercent, boolean met) {

        public boolean noFigures() {
            return availabilityPercent == null;
        }
    }

    public static AvailabilityTable of(List<SlaRow> slas) {
        List<Column> columns = new ArrayList<>();
        List<List<WindowAvailability>> byColumn = new ArrayList<>();
        for (SlaRow sla : slas) {
            for (WindowAvailability window : sla.currentWindows()) {
                columns.add(new Column(sla.layer(), window.window(), window.targetPercent()));
                byColumn.add(sla.months().stream().map(m -> m.window(window.window())).toList());
            }
        }
        List<YearMonth> months = slas.isEmpty() ? List.of()
                : slas.get(0).months().stream().map(MonthAvailability::month).toList();
        List<Row> rows = new ArrayList<>();
        for (int m = months.size() - 1; m >= 0; m--) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                WindowAvailability figure = byColumn.get(c).get(m);
                cells.add(figure == null ? new Cell(columns.get(c), null, true)
                        : new Cell(columns.get(c), figure.availabilityPercent(), figure.met()));
            }
            rows.add(new Row(months.get(m), cells));
        }
        return new AvailabilityTable(columns, rows);
    }

    /** The row of the month reported on: the newest. */
    public Row newest() {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
