package dk.servicelevel.report.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dk.servicelevel.report.source.UsageFigures;
import dk.servicelevel.report.usage.UsageReport.DayLoad;
import dk.servicelevel.report.usage.UsageReport.HourLoad;
import dk.servicelevel.report.usage.UsageReport.Load;
import dk.servicelevel.report.usage.UsageReport.MonthLoad;
import dk.servicelevel.report.usage.UsageReport.PeakDay;
import dk.servicelevel.report.usage.UsageReport.PeakHour;
import dk.servicelevel.report.usage.UsageReport.Peaks;
import dk.servicelevel.report.usage.UsageReport.TestLoad;
import dk.servicelevel.report.usage.UsageReport.WeekPeaks;

/**
 * The patterns of seed 002, Krav 25, from booking-service's figures per test and hour, day or month: the figures of
 * all tests added up per period, the busiest and quietest periods (by hits, then visits), and the peaks per week.
 */
public final class UsagePatterns {

    private static final int HOURS_PER_DAY = 24;
    private static final Comparator<HourLoad> HOUR_LOAD = Comparator.comparingLong(HourLoad::hits).thenComparingLong(HourLoad::visits);
    private static final Comparator<MonthLoad> MONTH_LOAD = Comparator.comparingLong(MonthLoad::hits).thenComparingLong(MonthLoad::visits);
    private static final Comparator<long[]> BY_LOAD = Comparator.<long[]>comparingLong(f -> f[1]).thenComparingLong(f -> f[0]);

    private final ZoneId zone;

    public UsagePatterns(ZoneId zone) {
        this.zone = zone;
    }

    /** The monthly figures of one month. */
    public List<UsageFigures> in(List<UsageFigures> monthly, YearMonth month) {
        return monthly.stream().filter(f -> YearMonth.from(f.period().atZone(zone)).equals(month)).toList();
    }

    public Load total(List<UsageFigures> figures) {
        long[] sum = sum(figures);
        return new Load(sum[0], sum[1], sum[2]);
    }

    public List<TestLoad> byTest(List<UsageFigures> figures) {
        return added(figures, UsageFigures::test).entrySet().stream()
                .map(e -> new TestLoad(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    public List<DayLoad> perDay(List<UsageFigures> daily) {
        return added(daily, f -> date(f.period())).entrySet().stream()
                .map(e -> new DayLoad(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** Every month of the year, those without usage as zeros. */
    public List<MonthLoad> perMonth(List<UsageFigures> monthly, List<YearMonth> months) {
        Map<YearMonth, long[]> added = added(monthly, f -> YearMonth.from(f.period().atZone(zone)));
        return months.stream().map(m -> {
            long[] f = added.getOrDefault(m, new long[3]);
            return new MonthLoad(m, f[0], f[1], f[2]);
        }).toList();
    }

    /** The load per hour of the day, all 24 hours, summed over the days. */
    public List<HourLoad> overTheDay(List<UsageFigures> hourly) {
        Map<Integer, long[]> added = added(hourly, f -> f.period().atZone(zone).getHour());
        return IntStream.range(0, HOURS_PER_DAY).mapToObj(h -> {
            long[] f = added.getOrDefault(h, new long[3]);
            return new HourLoad(h, f[0], f[1]);
        }).toList();
    }

    public static Optional<Integer> busiestHour(List<HourLoad> day) {
        return used(day, HourLoad::hits, HourLoad::visits).flatMap(d -> d.stream().max(HOUR_LOAD)).map(HourLoad::hour);
    }

    public static Optional<Integer> quietestHour(List<HourLoad> day) {
        return used(day, HourLoad::hits, HourLoad::visits).flatMap(d -> d.stream().min(HOUR_LOAD)).map(HourLoad::hour);
    }

    public static Optional<YearMonth> busiestMonth(List<MonthLoad> year) {
        return used(year, MonthLoad::hits, MonthLoad::visits).flatMap(y -> y.stream().max(MONTH_LOAD)).map(MonthLoad::month);
    }

    public static Optional<YearMonth> quietestMonth(List<MonthLoad> year) {
        return used(year, MonthLoad::hits, MonthLoad::visits).flatMap(y -> y.stream().min(MONTH_LOAD)).map(MonthLoad::month);
    }

    /** Periods without any usage at all have no busiest or quietest one. */
    private static <T> Optional<List<T>> used(List<T> periods, ToLongFunction<T> hits, ToLongFunction<T> visits) {
        return periods.stream().anyMatch(p -> hits.applyAsLong(p) > 0 || visits.applyAsLong(p) > 0)
                ? Optional.of(periods) : Optional.empty();
    }

    public Peaks peaks(List<UsageFigures> hourly, List<UsageFigures> daily) {
        return new Peaks(peakHour(hourly), peakDay(daily));
    }

    /** The busiest hour and day of each ISO week that has usage. */
    public List<WeekPeaks> weekPeaks(List<UsageFigures> hourly, List<UsageFigures> daily) {
        Map<String, List<UsageFigures>> hoursByWeek = hourly.stream().collect(Collectors.groupingBy(f -> week(f.period()), TreeMap::new, Collectors.toList()));
        Map<String, List<UsageFigures>> daysByWeek = daily.stream().collect(Collectors.groupingBy(f -> week(f.period())));
        List<WeekPeaks> weeks = new ArrayList<>();
        hoursByWeek.forEach((week, hours) -> weeks.add(new WeekPeaks(week, peakHour(hours),
                peakDay(daysByWeek.getOrDefault(week, List.of())))));
        return weeks;
    }

    private PeakHour peakHour(List<UsageFigures> hourly) {
        return added(hourly, UsageFigures::period).entrySet().stream().max(Map.Entry.comparingByValue(BY_LOAD))
                .map(e -> new PeakHour(e.getKey(), e.getValue()[0], e.getValue()[1])).orElse(null);
    }

    private PeakDay peakDay(List<UsageFigures> daily) {
        return added(daily, f -> date(f.period())).entrySet().stream().max(Map.Entry.comparingByValue(BY_LOAD))
                .map(e -> new PeakDay(e.getKey(), e.getValue()[0], e.getValue()[1])).orElse(null);
    }

    private String week(Instant instant) {
        LocalDate date = date(instant);
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Visits, hits and unique pupils added up per key, in key order. */
    private static <K extends Comparable<? super K>> Map<K, long[]> added(List<UsageFigures> figures, Function<UsageFigures, K> key) {
        Map<K, long[]> added = new TreeMap<>();
        figures.forEach(f -> {
            long[] sum = added.computeIfAbsent(key.apply(f), k -> new long[3]);
            sum[0] += f.visits();
            sum[1] += f.hits();
            sum[2] += f.uniquePupils();
        });
        return added;
    }

    private static long[] sum(List<UsageFigures> figures) {
        long[] sum = new long[3];
        figures.forEach(f -> {
            sum[0] += f.visits();
            sum[1] += f.hits();
            sum[2] += f.uniquePupils();
        });
        return sum;
    }
}
