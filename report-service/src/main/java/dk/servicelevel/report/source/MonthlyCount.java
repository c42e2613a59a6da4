package dk.servicelevel.report.source;

import java.time.YearMonth;

/** How many service windows and changes a system had in a month. */
public record MonthlyCount(YearMonth month, long serviceWindows, long changes) {
}
