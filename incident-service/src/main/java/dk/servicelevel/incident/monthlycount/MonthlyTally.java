package dk.servicelevel.incident.monthlycount;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts service windows and changes per calendar month of a time zone, each in the month in which it starts
 * (the monthly status of seeds 000 and 001 shows these counts per month).
 */
public record MonthlyTally(YearMonth first, YearMonth last, ZoneId zone) {

    public MonthlyTally {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The last month is before the first");
        }
    }

    /** The first instant of the first month. */
    public Instant from() {
        return first.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last month. */
    public Instant to() {
        return last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    public List<MonthlyCount> count(Collection<Instant> serviceWindowStarts, Collection<Instant> changeStarts) {
        List<MonthlyCount> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new MonthlyCount(month, countIn(month, serviceWindowStarts), countIn(month, changeStarts)));
        }
        return months;
    }

    private long countIn(YearMonth month, Collection<Instant> starts) {
        return starts.stream().filter(start -> YearMonth.from(ZonedDateTime.ofInstant(start, zone)).equals(month)).count();
    }
}
