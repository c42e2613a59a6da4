package dk.servicelevel.booking.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.vertx.ext.web.RoutingContext;

/** When the service received a session request: stamped at the head of the route, before anything else is done. */
public record Arrival(long nanos, Instant at) {

    private static final String KEY = Arrival.class.getName();

    public static Arrival now(Clock clock) {
        return new Arrival(System.nanoTime(), clock.instant());
    }

    public void stamp(RoutingContext routing) {
        routing.put(KEY, this);
    }

    /** The request's arrival, or now for a request that was not stamped. */
    public static Arrival of(RoutingContext routing, Clock clock) {
        return stamped(routing).orElseGet(() -> now(clock));
    }

    static Optional<Arrival> stamped(RoutingContext routing) {
        return Optional.ofNullable(routing.get(KEY));
    }
}
