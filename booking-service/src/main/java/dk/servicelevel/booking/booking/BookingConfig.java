package dk.servicelevel.booking.booking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "bookings")
public interface BookingConfig {

    /** The most bookings of one slot reserved together in one commit (ReservationQueue). */
    @WithDefault("100")
    int maxReservedTogether();
}
