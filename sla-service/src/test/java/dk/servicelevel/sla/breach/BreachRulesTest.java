package dk.servicelevel.sla.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.sla.evaluation.AvailabilityReport;
import dk.servicelevel.sla.evaluation.WindowAvailability;

class BreachRulesTest {

    private static final BurnRateAlert FAST = new BurnRateAlert(Duration.ofHours(1), Duration.ofMinutes(5), new BigDecimal("14.4"));

    @Test
    void theBurnRateIsTheDowntimeShareOverTheShareTheTargetLeaves() {
        assertThat(BurnRateAlert.burnRate(window("99.9", "60", "0.06"))).contains(new BigDecimal("1.00"));
        assertThat(BurnRateAlert.burnRate(window("99.9", "60", "0.87"))).contains(new BigDecimal("14.50"));
        assertThat(BurnRateAlert.burnRate(window("99.9", "0", "0"))).isEmpty();
    }

    @Test
    void aBurnAlertNeedsBothItsLongAndItsShortWindowAtTheRate() {
        WindowAvailability burning = window("99.9", "60", "0.87");
        WindowAvailability calm = window("99.9", "5", "0");
        assertThat(FAST.firesFor(burning, burning)).isTrue();
        assertThat(FAST.firesFor(burning, calm)).isFalse();
        assertThat(FAST.firesFor(calm, burning)).isFalse();
    }

    @Test
    void findsAMissedTargetOverTheRollingPeriodAndAFastBurnOncePerWindow() {
        AvailabilityReport rolling = report(window("99.9", "40320", "50"), window("95", "10000", "0"));
        AvailabilityReport hour = report(window("99.9", "60", "50"), window("95", "60", "0"));
        AvailabilityReport fiveMinutes = report(window("99.9", "5", "5"), window("95", "5", "0"));
        BurnRateAlert slow = new BurnRateAlert(Duration.ofHours(6), Duration.ofMinutes(30), new BigDecimal("6"));

        List<Finding> findings = BreachRules.findings(rolling,
                Map.of(FAST, List.of(hour, fiveMinutes), slow, List.of(hour, fiveMinutes)));

        assertThat(findings).extracting(Finding::windowName, Finding::kind).containsExactlyInAnyOrder(
                tuple("A", BreachKind.TARGET_MISSED),
                tuple("A", BreachKind.BUDGET_BURNING));
    }

    private static WindowAvailability window(String target, String agreed, String down) {
        BigDecimal agreedMinutes = new BigDecimal(agreed);
        BigDecimal downMinutes = new BigDecimal(down);
        BigDecimal hundred = BigDecimal.valueOf(100);
        boolean met = agreedMinutes.subtract(downMinutes).multiply(hundred).compareTo(new BigDecimal(target).multiply(agreedMinutes)) >= 0;
        String name = target.equals("95") ? "B" : "A";
        return new WindowAvailability(name, new BigDecimal(target), agreedMinutes, BigDecimal.ZERO, downMinutes,
                BigDecimal.ZERO, met, BigDecimal.ZERO, List.of());
    }

    private static AvailabilityReport report(WindowAvailability... windows) {
        return new AvailabilityReport("SLA", "NT", null, null, Instant.EPOCH, Instant.EPOCH.plusSeconds(60), Instant.EPOCH,
                List.of(), List.of(windows), windows[0], null);
    }
}
