package dk.servicelevel.booking.session;

import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dk.servicelevel.booking.measurement.MeasuredRequest;
import dk.servicelevel.booking.measurement.MeasurementOutbox;
import io.vertx.ext.web.RoutingContext;

/**
 * Measures the session requests the service served, from their arrival, for sla-service's interface B: an answer
 * (2xx) as done, a failure (5xx) as failed. A refusal (429 for capacity, counted in {@code test_sessions_refused}) and
 * a wrong call (400, 401, 403, 404, 422) are not operations of the test. A click's measurement is written with its
 * event; starts and ends are written here, after the answer.
 */
public class SessionMeasurement {

    private static final Logger LOG = Logger.getLogger(SessionMeasurement.class);
    private static final Pattern SESSION_REQUEST = Pattern.compile("/api/v1/test-sessions(?:/(\\d{1,18})/(events|end))?");

    private final SessionFactsCache sessions;
    private final MeasurementOutbox outbox;

    SessionMeasurement(SessionFactsCache sessions, MeasurementOutbox outbox) {
        this.sessions = sessions;
        this.outbox = outbox;
    }

    @ServerResponseFilter
    public void measure(ContainerResponseContext response, RoutingContext routing) {
        Matcher request = SESSION_REQUEST.matcher(routing.normalizedPath());
        int status = response.getStatus();
        boolean answered = status / 100 == 2;
        boolean failed = status >= 500;
        if (!request.matches() || !(answered || failed) || answered && "events".equals(request.group(2))) {
            return;
        }
        Arrival.stamped(routing).ifPresent(arrival -> outbox.measured(new MeasuredRequest(operation(request),
                userClass(request, response).name(), arrival.at(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrival.nanos()),
                answered)).subscribe().with(written -> { }, e -> LOG.warnf("A measured session request was not kept: %s", e.getMessage())));
    }

    private static String operation(Matcher request) {
        return request.group(2) == null ? "start-session" : "session-" + request.group(2);
    }

    private UserClass userClass(Matcher request, ContainerResponseContext response) {
        if (response.getEntity() instanceof SessionResponse started) {
            return started.userClass();
        }
        return request.group(1) == null ? UserClass.BEST_EFFORT
                : sessions.known(Long.parseLong(request.group(1))).map(SessionFacts::userClass).orElse(UserClass.BEST_EFFORT);
    }
}
