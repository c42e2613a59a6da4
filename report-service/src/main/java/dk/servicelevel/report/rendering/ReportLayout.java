package dk.servicelevel.report.rendering;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How a report is laid out for people: sections of text, plots and tables, rendered alike in HTML, PDF and CSV; an
 * empty table says {@code nothingToShow} in a row of its own.
 */
public record ReportLayout(String title, String subtitle, List<Section> sections, String nothingToShow) {

    public record Section(String heading, List<String> paragraphs, List<Chart> charts, List<Table> tables) {

        public static Section of(String heading, List<String> paragraphs, List<Table> tables) {
            return new Section(heading, paragraphs, List.of(), tables);
        }
    }

    public record Table(String caption, List<String> headers, List<List<Cell>> rows) {
    }

    /** A table cell; a marked cell stands out (a month below target, a RED incident). */
    public record Cell(String text, boolean marked) {

        private static final int LONGEST_UNBROKEN = 24;

        /** Figures and short words stay on one line; sentences wrap. */
        public boolean wraps() {
            return text.length() > LONGEST_UNBROKEN;
        }

        public static Cell of(Object value) {
            return new Cell(value == null ? "" : value.toString(), false);
        }

        public static Cell marked(Object value, boolean marked) {
            return new Cell(value == null ? "" : value.toString(), marked);
        }

        public static List<Cell> row(Object... values) {
            return Arrays.stream(values).map(Cell::of).toList();
        }
    }

    /** A plot: one value per category and series (absent values are gaps), and a line for each goal. */
    public record Chart(String title, Kind kind, String valueAxis, List<String> categories, List<Series> series,
            List<Goal> goals) {

        public enum Kind {
            LINE,
            BAR
        }
    }

    public record Series(String name, List<? extends Number> values) {
    }

    /** A goal line across a plot, such as an availability target. */
    public record Goal(String label, BigDecimal value) {
    }
}
