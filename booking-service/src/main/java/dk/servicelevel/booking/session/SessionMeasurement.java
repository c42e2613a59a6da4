package dk.servicelevel.booking.session;

import java.util.concurrent.TimeUnit;
import java.util.Optional;

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

    private final SessionFactsCache sessions;
    private final MeasurementOutbox outbox;

    SessionMeasurement(SessionFactsCache sessions, MeasurementOutbox outbox) {
        this.sessions = sessions;
        this.outbox = outbox;
    }

    @ServerResponseFilter
    public void measure(ContainerResponseContext response, RoutingContext routing) {
        int status = response.getStatus();
        boolean answered = status / 100 == 2;
        boolean failed = status >= 500;
        if (!(answered || failed)) {
            return;
        }
        Arrival.stamped(routing).filter(arrival -> failed || !arrival.isClick()).ifPresent(arrival -> outbox.measured(
                new MeasuredRequest(arrival.operation(), userClass(arrival, response).name(), arrival.at(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrival.nanos()), answered))
                .subscribe().with(written -> { }, e -> LOG.warnf("A measured session request was not kept: %s", e.getMessage())));
    }

    private UserClass userClass(Arrival arrival, ContainerResponseContext response) {
        if (response.getEntity() instanceof SessionResponse started) {
            return started.userClass();
        }
        return Optional.ofNullable(arrival.sessionId()).flatMap(sessions::known).map(SessionFacts::userClass)
                .orElse(UserClass.BEST_EFFORT);
    }
}
