package dk.servicelevel.booking.session;

import java.time.Duration;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Every seat of the running slot is booked or taken: 429, to try again when the next slot starts. */
public class NoCapacityLeftException extends WebApplicationException {

    private static final int TOO_MANY_REQUESTS = 429;

    public NoCapacityLeftException(Duration untilNextSlot) {
        super("No capacity is left in this slot for an unbooked test; try again when the next slot starts",
                Response.status(TOO_MANY_REQUESTS)
                        .header(HttpHeaders.RETRY_AFTER, Math.max(1, untilNextSlot.toSeconds())).build());
    }
}
