package dk.servicelevel.sla.slo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import dk.servicelevel.sla.breach.BurnRateAlert;
import dk.servicelevel.sla.measurement.MeasuredInterface;

/**
 * What an SLA's SLOs are exported from: its response-time rule and windows in the version in force, the period the
 * contract measures over and the breach check's burn-rate alerts.
 */
public record SloSubject(String slaId, String name, String systemCode, MeasuredInterface measuredAt, Duration threshold,
        List<Objective> objectives, Duration period, List<BurnRateAlert> alerts) {

    /** One window of the SLA and its target: an SLO of its own. */
    public record Objective(String window, BigDecimal targetPercent) {

        /** The share of operations the target leaves to fail or be slow, as a ratio (99.9 % leaves 0.001). */
        public BigDecimal errorBudget() {
            return BigDecimal.ONE.subtract(targetPercent.movePointLeft(2)).stripTrailingZeros();
        }

        public BigDecimal objective() {
            return targetPercent.movePointLeft(2).stripTrailingZeros();
        }
    }
}
