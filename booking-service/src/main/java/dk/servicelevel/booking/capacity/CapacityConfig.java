package dk.servicelevel.booking.capacity;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "capacity")
public interface CapacityConfig {

    /** The capacity step in force; its peak-hour tests are the capacity of each one-hour slot. */
    @WithDefault("2007")
    String stepInForce();

    /** A day whose busiest slot is booked to this share of its capacity is listed as a warning. */
    @WithDefault("0.8")
    BigDecimal warningShare();
}
