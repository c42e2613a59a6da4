package dk.servicelevel.booking.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The load the bookings announce for one coming hour: the seats booked in the slots that start in it, and the clicks a
 * second their pupils send while they sit (the capacity model's clicks a minute per pupil, seed 002 table 1). Plain
 * Java: the autoscaler's input, unit-tested without the service.
 */
public record HourlyLoad(int hoursAhead, long seats, double clicksPerSecond) {

    private static final double SECONDS_A_MINUTE = 60;

    /**
     * The coming {@code hours} hours from the one {@code now} falls in (hours ahead 0), each with the seats booked in
     * the slots starting in it; {@code booked} holds the booked seats by slot start.
     */
    public static List<HourlyLoad> of(Map<Instant, Integer> booked, Instant now, int hours, int clicksPerMinute) {
        Instant thisHour = firstHour(now);
        long[] seats = new long[hours];
        booked.forEach((start, taken) -> {
            long ahead = Duration.between(thisHour, start).toHours();
            if (!start.isBefore(thisHour) && ahead < hours) {
                seats[(int) ahead] += taken;
            }
        });
        List<HourlyLoad> load = new ArrayList<>();
        for (int ahead = 0; ahead < hours; ahead++) {
            load.add(new HourlyLoad(ahead, seats[ahead], seats[ahead] * clicksPerMinute / SECONDS_A_MINUTE));
        }
        return load;
    }

    /** The first hour's start, for the query of the slots: the hour {@code now} falls in. */
    public static Instant firstHour(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }
}
