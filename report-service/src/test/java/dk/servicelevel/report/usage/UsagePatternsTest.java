package dk.servicelevel.report.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.servicelevel.report.source.UsageFigures;
import dk.servicelevel.report.usage.UsageReport.HourLoad;
import dk.servicelevel.report.usage.UsageReport.MonthLoad;
import dk.servicelevel.report.usage.UsageReport.WeekPeaks;

class UsagePatternsTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private final UsagePatterns patterns = new UsagePatterns(COPENHAGEN);

    @Test
    void addsUpTheTestsOfAnHourAndFindsTheBusiestAndQuietestHourOfTheDayInLocalTime() {
        List<UsageFigures> hourly = List.of(
                figures("2027-05-04T07:00:00Z", "DANISH-READING-4", 10, 400, 10), // 09:00 in Copenhagen (summer time)
                figures("2027-05-04T07:00:00Z", "MATHEMATICS-3", 5, 300, 5),
                figures("2027-05-05T08:00:00Z", "DANISH-READING-4", 20, 500, 20), // 10:00
                figures("2027-05-05T12:00:00Z", "MATHEMATICS-3", 1, 2, 1)); // 14:00

        List<HourLoad> day = patterns.overTheDay(hourly);

        assertThat(day).hasSize(24);
        assertThat(day.get(9)).isEqualTo(new HourLoad(9, 15, 700));
        assertThat(day.get(10)).isEqualTo(new HourLoad(10, 20, 500));
        assertThat(UsagePatterns.busiestHour(day)).contains(9);
        assertThat(UsagePatterns.quietestHour(day)).contains(0);
    }

    @Test
    void aDayWithoutUsageHasNoBusiestOrQuietestHour() {
        List<HourLoad> day = patterns.overTheDay(List.of());

        assertThat(UsagePatterns.busiestHour(day)).isEmpty();
        assertThat(UsagePatterns.quietestHour(day)).isEmpty();
    }

    @Test
    void theYearHasEveryMonthWithTheBusiestAndQuietest() {
        List<YearMonth> year = List.of(YearMonth.of(2027, 3), YearMonth.of(2027, 4), YearMonth.of(2027, 5));
        List<UsageFigures> monthly = List.of(
                figures("2027-02-28T23:00:00Z", "ENGLISH-7", 100, 1000, 90), // March 2027 in Copenhagen
                figures("2027-04-30T22:00:00Z", "ENGLISH-7", 300, 9000, 280), // May 2027
                figures("2027-04-30T22:00:00Z", "MATHEMATICS-3", 50, 800, 50));

        List<MonthLoad> months = patterns.perMonth(monthly, year);

        assertThat(months).containsExactly(new MonthLoad(YearMonth.of(2027, 3), 100, 1000, 90),
                new MonthLoad(YearMonth.of(2027, 4), 0, 0, 0), new MonthLoad(YearMonth.of(2027, 5), 350, 9800, 330));
        assertThat(UsagePatterns.busiestMonth(months)).contains(YearMonth.of(2027, 5));
        assertThat(UsagePatterns.quietestMonth(months)).contains(YearMonth.of(2027, 4));
    }

    @Test
    void findsThePeakHourAndDayOfEachIsoWeek() {
        List<UsageFigures> hourly = List.of(
                figures("2027-05-04T07:00:00Z", "DANISH-READING-4", 10, 400, 10),
                figures("2027-05-05T08:00:00Z", "DANISH-READING-4", 20, 500, 20),
                figures("2027-05-11T08:00:00Z", "MATHEMATICS-3", 7, 70, 7));
        List<UsageFigures> daily = List.of(
                figures("2027-05-03T22:00:00Z", "DANISH-READING-4", 10, 400, 10),
                figures("2027-05-04T22:00:00Z", "DANISH-READING-4", 20, 500, 20),
                figures("2027-05-10T22:00:00Z", "MATHEMATICS-3", 7, 70, 7));

        List<WeekPeaks> weeks = patterns.weekPeaks(hourly, daily);

        assertThat(weeks).extracting(WeekPeaks::week).containsExactly("2027-W18", "2027-W19");
        assertThat(weeks.get(0).busiestHour().start()).isEqualTo(Instant.parse("2027-05-05T08:00:00Z"));
        assertThat(weeks.get(0).busiestDay().date()).isEqualTo(LocalDate.of(2027, 5, 5));
        assertThat(weeks.get(1).busiestDay().hits()).isEqualTo(70);
        assertThat(patterns.peaks(hourly, daily).busiestDay().date()).isEqualTo(LocalDate.of(2027, 5, 5));
    }

    private static UsageFigures figures(String period, String test, long visits, long hits, long pupils) {
        return new UsageFigures(Instant.parse(period), test, visits, hits, pupils);
    }
}
