package dk.servicelevel.booking.slot;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "slots")
public interface SlotConfig {

    /** When the first slot of a school day starts; the capacity model's test hours a day tell how many follow. */
    @WithDefault("08:00")
    LocalTime firstStart();

    @WithDefault("Europe/Copenhagen")
    ZoneId zone();

    /** How long a booking may use a day's terms as read before; a changed school year is seen after at most this long. */
    @WithDefault("30s")
    Duration termsKeptFor();

    /** How many days' terms are kept at most. */
    @WithDefault("400")
    long termsKept();
}
