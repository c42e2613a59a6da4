package dk.servicelevel.report.rendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How figures are written in a report for people: local times of the report's zone, hours, minutes, percentages. */
public final class Notation {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final int HOUR_SCALE = 2;

    private Notation() {
    }

    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "–" : LOCAL_TIME.format(instant.atZone(zone));
    }

    /** Minutes as hours with two decimals, rounded half up. */
    public static BigDecimal hours(BigDecimal minutes) {
        return minutes.divide(MINUTES_PER_HOUR, HOUR_SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal hours(Duration duration) {
        return hours(BigDecimal.valueOf(duration.getSeconds()).divide(MINUTES_PER_HOUR, HOUR_SCALE + 2, RoundingMode.HALF_UP));
    }

    /** Whole minutes of a duration, or null when it has not ended. */
    public static Long minutes(Duration duration) {
        return duration == null ? null : duration.toMinutes();
    }

    public static String percent(BigDecimal percent) {
        return percent == null ? "n.a." : percent.toPlainString() + " %";
    }

    public static String orDash(Object value) {
        return value == null ? "–" : value.toString();
    }
}
