package dk.servicelevel.sla.breach;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dk.servicelevel.sla.evaluation.RollingLength;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "breaches")
public interface BreachConfig {

    /** How often every SLA is evaluated for breaches, as the scheduler reads it ({@code off} to stop). */
    @WithDefault("15m")
    String interval();

    /**
     * How long the replica that ran the check keeps it: the others take it over once a lease of this length has gone
     * unrenewed. Twice the interval by default.
     */
    @WithDefault("PT30M")
    Duration lease();

    /** The period the contract measures over (docs/contract.md, SLA rule 2): 4 weeks of local calendar days. */
    @WithDefault("P4W")
    @WithConverter(RollingLengthConverter.class)
    RollingLength rollingPeriod();

    /**
     * The burn-rate alerts, as in the SRE workbook's multiwindow, multi-burn-rate alerting: an alert fires when the
     * budget burns at least at its rate over both its long and its short window.
     */
    @WithDefault("PT1H/PT5M/14.4,PT6H/PT30M/6")
    List<String> burnRateAlerts();

    /** Where breaches are posted as JSON; retried until it answers 2xx. */
    Optional<String> webhookUrl();

    @WithDefault("PT10S")
    Duration webhookTimeout();

    default List<BurnRateAlert> alerts() {
        return burnRateAlerts().stream().map(alert -> {
            String[] parts = alert.split("/");
            return new BurnRateAlert(Duration.parse(parts[0]), Duration.parse(parts[1]), new BigDecimal(parts[2]));
        }).toList();
    }
}
