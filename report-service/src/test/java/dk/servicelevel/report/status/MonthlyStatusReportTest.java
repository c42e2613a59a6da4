package dk.servicelevel.report.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.servicelevel.report.source.SlaAvailability;
import dk.servicelevel.report.source.SlaRecord;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthAvailability;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;

/** An SLA's row of the monthly status, put together from sla-service's evaluations without asking it. */
class MonthlyStatusReportTest {

    private static final SlaRecord SLA = new SlaRecord("NT-APP", "National tests, application", "NT", "APPLICATION",
            List.of(new SlaRecord.Version(1, Instant.parse("2026-09-15T00:00:00Z"))));

    @Test
    void aMonthBeforeTheSlaWasInForceHasNoFiguresAndTheRowTakesTheTargetOfTheMonthReportedOn() {
        MonthAvailability september = MonthAvailability.notInForce(YearMonth.of(2026, 9));
        MonthAvailability october = MonthAvailability.of(YearMonth.of(2026, 10), evaluation("99.9", "99.95", true));

        SlaRow row = SlaRow.of(SLA, List.of(september, october));

        assertThat(september.availabilityPercent()).isNull();
        assertThat(september.met()).isNull();
        assertThat(row.targetPercent()).isEqualByComparingTo("99.9");
        assertThat(row.currentWindows()).extracting(MonthlyStatusReport.WindowAvailability::window).containsExactly("A");
        assertThat(october.window("A").downtimeMinutes()).isEqualByComparingTo("30");
        assertThat(october.window("A").serviceWindowMinutes()).isEqualByComparingTo("120");
        assertThat(october.met()).isTrue();
    }

    @Test
    void aMissedMonthKeepsItsEvaluationsFiguresAsTheyAre() {
        MonthAvailability october = MonthAvailability.of(YearMonth.of(2026, 10), evaluation("99.9", "99.41", false));

        assertThat(october.availabilityPercent()).isEqualByComparingTo("99.41");
        assertThat(october.met()).isFalse();
        assertThat(october.window("B")).isNull();
    }

    private static SlaAvailability evaluation(String target, String achieved, boolean met) {
        SlaAvailability.Window window = new SlaAvailability.Window("A", new BigDecimal(target), new BigDecimal("6000"),
                new BigDecimal("120"), new BigDecimal("30"), new BigDecimal(achieved), met, BigDecimal.ZERO, List.of());
        return new SlaAvailability("NT-APP", "NT", "APPLICATION", ZoneId.of("Europe/Copenhagen"), Instant.parse("2026-09-30T22:00:00Z"),
                Instant.parse("2026-10-31T23:00:00Z"), Instant.parse("2026-11-01T06:00:00Z"), List.of(), List.of(window), window,
                new SlaAvailability.ResponseTimes(Duration.ofSeconds(2), List.of(), null));
    }
}
