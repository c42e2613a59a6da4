package dk.servicelevel.sla.slo;

import java.time.Duration;

/** A length as Prometheus writes it: 5m, 1h, 28d; in the largest unit it is a whole number of. */
final class PrometheusDuration {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private PrometheusDuration() {
    }

    static String of(Duration length) {
        long seconds = length.toSeconds();
        if (seconds % DAY == 0) {
            return seconds / DAY + "d";
        }
        if (seconds % HOUR == 0) {
            return seconds / HOUR + "h";
        }
        if (seconds % MINUTE == 0) {
            return seconds / MINUTE + "m";
        }
        return seconds + "s";
    }
}
