package dk.servicelevel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ReportMonthTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Test
    void aMonthWithTheEndOfSummerTimeRunsFromLocalMidnightToLocalMidnightAndHasAnHourMore() {
        ReportMonth october = new ReportMonth(YearMonth.of(2026, 10), COPENHAGEN);

        assertThat(october.start()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(october.end()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(Duration.between(october.start(), october.end())).isEqualTo(Duration.ofHours(31 * 24 + 1));
    }

    @Test
    void aMonthWithTheStartOfSummerTimeHasAnHourLess() {
        ReportMonth march = new ReportMonth(YearMonth.of(2027, 3), COPENHAGEN);

        assertThat(Duration.between(march.start(), march.end())).isEqualTo(Duration.ofHours(31 * 24 - 1));
    }

    @Test
    void theLastTwelveMonthsEndWithTheMonthAndCrossTheYear() {
        assertThat(new ReportMonth(YearMonth.of(2026, 10), COPENHAGEN).lastMonths(12))
                .extracting(ReportMonth::month).startsWith(YearMonth.of(2025, 11)).endsWith(YearMonth.of(2026, 10)).hasSize(12);
    }

    @Test
    void aMonthIsClosedOnlyOnceItsLastLocalDayHasEnded() {
        ReportMonth october = new ReportMonth(YearMonth.of(2026, 10), COPENHAGEN);

        assertThat(october.closedAt(Instant.parse("2026-10-31T22:59:59Z"))).isFalse();
        assertThat(october.closedAt(Instant.parse("2026-10-31T23:00:00Z"))).isTrue();
    }
}
