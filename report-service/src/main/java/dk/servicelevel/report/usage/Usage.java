package dk.servicelevel.report.usage;

import java.time.Clock;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.source.BookingFigures;
import io.smallrye.mutiny.Uni;

/** The usage report of a month, from booking-service's usage figures per hour, day and month. */
@ApplicationScoped
public class Usage {

    private final BookingFigures booking;
    private final ReportConfig config;
    private final Clock clock;

    Usage(BookingFigures booking, ReportConfig config, Clock clock) {
        this.booking = booking;
        this.config = config;
        this.clock = clock;
    }

    /** Usage figures carry no versions: the sources stay empty. */
    public Uni<UsageReport> of(ReportMonth month) {
        List<ReportMonth> year = month.lastMonths(config.statusMonths());
        return Uni.combine().all().unis(booking.usage(month, month, "HOUR"), booking.usage(month, month, "DAY"),
                booking.usage(year.get(0), month, "MONTH")).with((hourly, daily, monthly) -> {
                    UsagePatterns patterns = new UsagePatterns(month.zone());
                    List<UsageReport.HourLoad> day = patterns.overTheDay(hourly);
                    List<UsageReport.MonthLoad> months = patterns.perMonth(monthly, year.stream().map(ReportMonth::month).toList());
                    return new UsageReport(month.month(), month.zone(), clock.instant(),
                            patterns.total(patterns.in(monthly, month.month())),
                            patterns.byTest(patterns.in(monthly, month.month())),
                            patterns.perDay(daily), day, months,
                            UsagePatterns.busiestHour(day).orElse(null), UsagePatterns.quietestHour(day).orElse(null),
                            UsagePatterns.busiestMonth(months).orElse(null), UsagePatterns.quietestMonth(months).orElse(null),
                            patterns.peaks(hourly, daily), patterns.weekPeaks(hourly, daily), Collections.emptySortedMap());
                });
    }
}
