package dk.servicelevel.booking.capacity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "capacity")
public interface CapacityConfig {

    /** The capacity step in force; its peak-hour tests are the capacity of each one-hour slot. */
    @WithDefault("2007")
    String stepInForce();
}
