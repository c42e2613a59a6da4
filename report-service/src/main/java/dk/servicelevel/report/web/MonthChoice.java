package dk.servicelevel.report.web;

import java.time.YearMonth;

/** The month a page shows and the ones the reader can step to: any before it, none after the current one. */
public record MonthChoice(String path, YearMonth month, YearMonth current) {

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    /** The month after, or null when the page shows the current month. */
    public YearMonth next() {
        return month.isBefore(current) ? month.plusMonths(1) : null;
    }
}
