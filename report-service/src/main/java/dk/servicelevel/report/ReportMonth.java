package dk.servicelevel.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** A calendar month of the reports' zone: from its first midnight to the next month's. */
public record ReportMonth(YearMonth month, ZoneId zone) {

    public Instant start() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** This month and the ones before it, oldest first. */
    public List<ReportMonth> lastMonths(int count) {
        return Stream.iterate(month.minusMonths(count - 1L), m -> m.plusMonths(1)).limit(count)
                .map(m -> new ReportMonth(m, zone)).toList();
    }

    /** Whether the month has ended at this instant, so that its figures can be filed. */
    public boolean closedAt(Instant now) {
        return !end().isAfter(now);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
