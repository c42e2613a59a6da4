package dk.servicelevel.booking.admission;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.netflix.concurrency.limits.Limiter;

import dk.servicelevel.api.Problem;
import dk.servicelevel.booking.measurement.MeasurementOutbox;
import dk.servicelevel.booking.session.SessionClasses;
import dk.servicelevel.booking.session.SessionResponse;
import dk.servicelevel.booking.session.UserClass;
import io.smallrye.mutiny.Uni;

/**
 * Admission control and measurement of the test sessions' requests. Events and ends of a session are admitted in
 * its class's partition, or refused with 429 when that partition is full; starts are held by the slots' capacity.
 * Every session request is measured and handed to the outbox for sla-service (interface B, with its class).
 */
public class SessionAdmission {

    private static final Pattern SESSION_REQUEST = Pattern.compile("/api/v1/test-sessions(?:/(\\d+)/(events|end))?");
    private static final String STARTED = SessionAdmission.class.getName() + ".started";
    private static final String PERMIT = SessionAdmission.class.getName() + ".permit";
    private static final String CLASS = SessionAdmission.class.getName() + ".class";
    private static final String OPERATION = SessionAdmission.class.getName() + ".operation";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final String RETRY_AFTER_SECONDS = "1";

    private final AdmissionControl admission;
    private final SessionClasses classes;
    private final MeasurementOutbox outbox;
    private final Clock clock;

    SessionAdmission(AdmissionControl admission, SessionClasses classes, MeasurementOutbox outbox, Clock clock) {
        this.admission = admission;
        this.classes = classes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Uni<Response> admit(ContainerRequestContext request) {
        Matcher session = SESSION_REQUEST.matcher(request.getUriInfo().getPath());
        if (!HttpMethod.POST.equals(request.getMethod()) || !session.matches()) {
            return Uni.createFrom().nullItem();
        }
        request.setProperty(STARTED, System.nanoTime());
        request.setProperty(OPERATION, session.group(2) == null ? "start-session" : "session-" + session.group(2));
        if (session.group(1) == null) {
            return Uni.createFrom().nullItem();
        }
        return classes.of(Long.parseLong(session.group(1))).map(userClass -> {
            request.setProperty(CLASS, userClass);
            Optional<Limiter.Listener> permit = admission.admit(userClass);
            if (permit.isEmpty()) {
                return refused(request, userClass);
            }
            request.setProperty(PERMIT, permit.get());
            return null;
        });
    }

    @ServerResponseFilter
    public void measure(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (started == null) {
            return;
        }
        long durationMs = (System.nanoTime() - (Long) started) / 1_000_000;
        boolean ok = response.getStatus() < Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()
                && response.getStatus() != TOO_MANY_REQUESTS;
        if (request.getProperty(PERMIT) instanceof Limiter.Listener permit) {
            if (ok) {
                permit.onSuccess();
            } else {
                permit.onIgnore();
            }
        }
        outbox.measured((String) request.getProperty(OPERATION), classOf(request, response).name(),
                clock.instant().minusMillis(durationMs), durationMs, ok);
    }

    private static UserClass classOf(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(CLASS) instanceof UserClass userClass) {
            return userClass;
        }
        return response.getEntity() instanceof SessionResponse started ? started.userClass() : UserClass.BEST_EFFORT;
    }

    private static Response refused(ContainerRequestContext request, UserClass userClass) {
        Problem problem = new Problem("about:blank", "Too Many Requests", TOO_MANY_REQUESTS,
                "The service is at its limit for " + userClass + " sessions; try again shortly",
                request.getUriInfo().getPath(), List.of());
        return Response.status(TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
