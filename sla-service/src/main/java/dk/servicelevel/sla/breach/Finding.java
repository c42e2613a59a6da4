package dk.servicelevel.sla.breach;

import java.math.BigDecimal;
import java.time.Instant;

/** What one evaluation found wrong with one window of an SLA. */
public record Finding(String windowName, BreachKind kind, Instant periodFrom, Instant periodTo,
        BigDecimal availabilityPercent, BigDecimal targetPercent, BigDecimal burnRate, String detail) {
}
