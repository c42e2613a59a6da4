package dk.servicelevel.booking.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/**
 * A session request as the service received it: when, which operation of the test, and of which session (null for a
 * start). Read from the path once, at the head of the route ({@code SessionAdmission}), and carried with the request
 * for admission control, the click's write and its measurement.
 */
public record Arrival(long nanos, Instant at, String operation, Long sessionId) {

    public static final String CLICK = "session-events";
    private static final Pattern SESSION_REQUEST = Pattern.compile("/api/v1/test-sessions(?:/(\\d{1,18})/(events|end))?");
    private static final String KEY = Arrival.class.getName();

    /** The session request a POST to this path is, arriving now; empty for any other path. */
    public static Optional<Arrival> ofPost(String path, Clock clock) {
        Matcher request = SESSION_REQUEST.matcher(path);
        if (!request.matches()) {
            return Optional.empty();
        }
        Long sessionId = request.group(1) == null ? null : Long.valueOf(request.group(1));
        String operation = request.group(2) == null ? "start-session" : "session-" + request.group(2);
        return Optional.of(new Arrival(System.nanoTime(), clock.instant(), operation, sessionId));
    }

    public void stamp(RoutingContext routing) {
        routing.put(KEY, this);
    }

    /** The arrival stamped on the request; every session request has one. */
    public static Optional<Arrival> stamped(RoutingContext routing) {
        return Optional.ofNullable(routing.get(KEY));
    }

    public boolean isClick() {
        return CLICK.equals(operation);
    }
}
