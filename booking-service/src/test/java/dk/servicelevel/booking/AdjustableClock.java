package dk.servicelevel.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** The service's clock in the tests: the real time unless a test sets it, for sessions that must start in a slot. */
@Alternative
@Priority(1)
@Singleton
public class AdjustableClock extends Clock {

    private static final AtomicReference<Instant> FIXED = new AtomicReference<>();

    public static void setTo(Instant instant) {
        FIXED.set(instant);
    }

    public static void reset() {
        FIXED.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant fixed = FIXED.get();
        return fixed != null ? fixed : Instant.now();
    }
}
