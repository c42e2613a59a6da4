package dk.servicelevel.incident.monthlycount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class MonthlyTallyTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void theMonthsAreThoseOfTheZoneAcrossTheEndOfSummerTime() {
        MonthlyTally tally = new MonthlyTally(OCTOBER, NOVEMBER, COPENHAGEN);
        assertThat(tally.from()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(tally.to()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    }

    @Test
    void countsEachInTheLocalMonthItStarts() {
        Instant octoberFirstLocal = Instant.parse("2026-09-30T22:30:00Z");
        Instant novemberFirstLocal = Instant.parse("2026-10-31T23:30:00Z");
        Instant lateOctober = Instant.parse("2026-10-25T01:30:00Z");

        List<MonthlyCount> counts = new MonthlyTally(SEPTEMBER, NOVEMBER, COPENHAGEN)
                .count(List.of(octoberFirstLocal, novemberFirstLocal), List.of(lateOctober, octoberFirstLocal));

        assertThat(counts).containsExactly(
                new MonthlyCount(SEPTEMBER, 0, 0),
                new MonthlyCount(OCTOBER, 1, 2),
                new MonthlyCount(NOVEMBER, 1, 0));
    }

    @Test
    void theSameInstantsFallInOtherMonthsInUtc() {
        List<MonthlyCount> counts = new MonthlyTally(SEPTEMBER, OCTOBER, ZoneOffset.UTC)
                .count(List.of(Instant.parse("2026-09-30T22:30:00Z"), Instant.parse("2026-10-31T23:30:00Z")), List.of());
        assertThat(counts).containsExactly(new MonthlyCount(SEPTEMBER, 1, 0), new MonthlyCount(OCTOBER, 1, 0));
    }

    @Test
    void instantsOutsideTheMonthsAreNotCounted() {
        List<MonthlyCount> counts = new MonthlyTally(OCTOBER, OCTOBER, COPENHAGEN)
                .count(List.of(Instant.parse("2026-09-30T21:59:59Z"), Instant.parse("2026-10-31T23:00:00Z")), List.of());
        assertThat(counts).containsExactly(new MonthlyCount(OCTOBER, 0, 0));
    }

    @Test
    void theLastMonthMayNotPrecedeTheFirst() {
        assertThatThrownBy(() -> new MonthlyTally(NOVEMBER, OCTOBER, COPENHAGEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
