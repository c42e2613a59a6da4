package dk.servicelevel.incident.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.api.web.PageNumbers;

/** The console's times: typed and shown in its zone as the reader's language writes them, stored as instants. */
@ApplicationScoped
public class ConsoleTime {

    private final ZoneId zone;
    private final Clock clock;

    ConsoleTime(ConsoleConfig config, Clock clock) {
        this.zone = config.zone();
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Now as a form's date-time field holds it, to the minute. */
    public String nowTyped() {
        return typed(clock.instant());
    }

    /** An instant as a form's date-time field holds it, to the minute; empty for none. */
    public String typed(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
    }

    /** A form's date-time field in the console's zone; null when left empty. */
    public OffsetDateTime read(String typed) {
        return typed == null || typed.isBlank() ? null : LocalDateTime.parse(typed).atZone(zone).toOffsetDateTime();
    }

    /** A form's date-time field in the console's zone, if one was typed that can be read. */
    public Optional<OffsetDateTime> given(String typed) {
        try {
            return Optional.ofNullable(read(typed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The month asked for, or this month when none or an unreadable one is. */
    public YearMonth month(String asked) {
        try {
            return asked == null || asked.isBlank() ? YearMonth.now(clock.withZone(zone)) : YearMonth.parse(asked);
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock.withZone(zone));
        }
    }

    /** The month the instant falls in, in the console's zone. */
    public YearMonth monthOf(OffsetDateTime at) {
        return YearMonth.from(at.atZoneSameInstant(zone));
    }

    public Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** How the reader's language writes a date and time. */
    public Shown shownIn(Locale locale) {
        return new Shown(zone, locale);
    }

    /** Instants as one reader reads them, in the console's zone. */
    public record Shown(ZoneId zone, Locale locale) {

        /** The instant as shown; empty for none. */
        public String of(Instant instant) {
            return instant == null ? "" : PageNumbers.writtenIn(instant, zone, locale);
        }
    }
}
