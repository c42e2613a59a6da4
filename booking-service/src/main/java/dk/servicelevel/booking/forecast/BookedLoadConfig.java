package dk.servicelevel.booking.forecast;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "booked-load")
public interface BookedLoadConfig {

    /** The coming hours exported, the current one included: the autoscaler looks one hour ahead. */
    @WithDefault("4")
    int hours();

    /** How often the bookings are read again. */
    @WithDefault("30s")
    Duration refresh();
}
