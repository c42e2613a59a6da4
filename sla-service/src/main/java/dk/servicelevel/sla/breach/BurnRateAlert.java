package dk.servicelevel.sla.breach;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

import dk.servicelevel.sla.evaluation.WindowAvailability;

/** Fires when the downtime budget burns at least at {@code rate} over both the long and the short window. */
public record BurnRateAlert(Duration longWindow, Duration shortWindow, BigDecimal rate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int RATE_SCALE = 2;

    /**
     * How many times faster than the target allows the budget burned: the downtime's share of the agreed time over
     * the share the target leaves. Empty when nothing was agreed (the window was not open).
     */
    public static Optional<BigDecimal> burnRate(WindowAvailability window) {
        BigDecimal allowedShare = HUNDRED.subtract(window.targetPercent()).divide(HUNDRED);
        if (window.agreedMinutes().signum() == 0 || allowedShare.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(window.downtimeMinutes().divide(window.agreedMinutes(), 10, RoundingMode.HALF_UP)
                .divide(allowedShare, RATE_SCALE, RoundingMode.HALF_UP));
    }

    public boolean firesFor(WindowAvailability overLong, WindowAvailability overShort) {
        return burnRate(overLong).filter(r -> r.compareTo(rate) >= 0).isPresent()
                && burnRate(overShort).filter(r -> r.compareTo(rate) >= 0).isPresent();
    }
}
