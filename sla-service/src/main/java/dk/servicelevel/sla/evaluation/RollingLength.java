package dk.servicelevel.sla.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How far back a rolling period reaches from its end. Whole days and weeks ({@code P28D}, {@code P4W}) are calendar
 * days of the SLA's zone, as the contract's "rolling 4 weeks" means: across a change of summer time the period still
 * starts at the local time it ends at. A length with a time part ({@code PT672H}, {@code PT1H}) is exactly that long.
 */
public sealed interface RollingLength {

    /** How long a month is taken to be where days are counted without a calendar. */
    int DAYS_OF_A_MONTH = 30;

    /** The start of the period that ends at {@code end}. */
    Instant startBefore(Instant end, ZoneId zone);

    /** Whether it is longer than nothing. */
    boolean isPositive();

    /** Its length with every day 24 hours long (and a month 30 days), for tools that know no local days. */
    Duration nominal();

    /** Calendar days, weeks, months or years of the SLA's zone. */
    record LocalDays(Period period) implements RollingLength {
        @Override
        public Instant startBefore(Instant end, ZoneId zone) {
            return end.atZone(zone).minus(period).toInstant();
        }

        @Override
        public boolean isPositive() {
            return !period.isNegative() && !period.isZero();
        }

        @Override
        public Duration nominal() {
            return Duration.ofDays(period.toTotalMonths() * DAYS_OF_A_MONTH + period.getDays());
        }

        @Override
        public String toString() {
            return period.toString();
        }
    }

    /** An exact length of time. */
    record Exact(Duration duration) implements RollingLength {
        @Override
        public Instant startBefore(Instant end, ZoneId zone) {
            return end.minus(duration);
        }

        @Override
        public boolean isPositive() {
            return duration.compareTo(Duration.ZERO) > 0;
        }

        @Override
        public Duration nominal() {
            return duration;
        }

        @Override
        public String toString() {
            return duration.toString();
        }
    }

    /**
     * Reads an ISO-8601 length: without a time part it is calendar days ({@code P4W}), with one it is exact
     * ({@code PT672H}, {@code P1DT12H}).
     *
     * @throws DateTimeParseException when it is no such length or not longer than nothing
     */
    static RollingLength parse(CharSequence text) {
        String written = text.toString().strip().toUpperCase(Locale.ROOT);
        RollingLength length = written.contains("T") ? new Exact(Duration.parse(written)) : new LocalDays(Period.parse(written));
        if (!length.isPositive()) {
            throw new DateTimeParseException("A rolling period must be longer than nothing", written, 0);
        }
        return length;
    }
}
