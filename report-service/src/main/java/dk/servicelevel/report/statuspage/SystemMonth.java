package dk.servicelevel.report.statuspage;

import java.time.YearMonth;

/** A system in a month: what the status page's figures are kept by. */
record SystemMonth(String systemCode, YearMonth month) {
}
