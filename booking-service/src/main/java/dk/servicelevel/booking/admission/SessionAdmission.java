package dk.servicelevel.booking.admission;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.netflix.concurrency.limits.Limiter;

import dk.servicelevel.api.Problem;
import dk.servicelevel.booking.session.Arrival;
import dk.servicelevel.booking.session.SessionFacts;
import dk.servicelevel.booking.session.SessionFactsCache;
import dk.servicelevel.booking.session.UserClass;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Admission control of the test sessions' requests at the head of the HTTP route, before the token is verified and
 * before the body is read (seed 002, Krav 10): a click or end of a session whose class this replica knows is admitted
 * in its class's partition of the concurrency limit, and an unbooked (best-effort) one that finds its partition full
 * is refused at once with 429, Retry-After and a problem naming the class; guaranteed traffic is never refused here.
 * The decision reads no database: a session this replica does not know yet (its first request here) goes on and is
 * known from then on. Every session request is stamped with its arrival, from which it is measured; the clicks and
 * ends answered are timed here ({@link SessionRequestTimers}), refused ones counted.
 */
@ApplicationScoped
public class SessionAdmission {

    /** Before CORS (300) and authentication (200): a refusal costs no token verification. */
    private static final int PRIORITY = 400;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final String RETRY_AFTER_SECONDS = "1";

    private static final String PATH = "{path}";

    private final AdmissionControl admission;
    private final GuaranteedLatency guaranteedLatency;
    private final SessionFactsCache sessions;
    private final Clock clock;
    private final SessionRequestTimers timers;
    private final Map<UserClass, Counter> refused = new EnumMap<>(UserClass.class);
    /** Each class's refusal as problem+json, written once, with a place for the request's path. */
    private final Map<UserClass, String[]> refusals = new EnumMap<>(UserClass.class);

    SessionAdmission(AdmissionControl admission, GuaranteedLatency guaranteedLatency, SessionFactsCache sessions, Clock clock,
            MeterRegistry registry, ObjectMapper json) {
        this.admission = admission;
        this.guaranteedLatency = guaranteedLatency;
        this.sessions = sessions;
        this.clock = clock;
        this.timers = new SessionRequestTimers(registry, Stream.concat(Arrays.stream(UserClass.values()).map(UserClass::name),
                Stream.of(SessionRequestTimers.UNKNOWN_CLASS)).toList());
        for (UserClass userClass : UserClass.values()) {
            refused.put(userClass, registry.counter("test_sessions.refused", "userClass", userClass.name()));
            refusals.put(userClass, new Problem("about:blank", "Too Many Requests", TOO_MANY_REQUESTS,
                    "The service is at its limit for " + userClass + " sessions; try again shortly", PATH, List.of()).asJson(json).split(Pattern.quote(PATH)));
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    void admit(RoutingContext routing) {
        Optional<Arrival> arrival = routing.request().method() == HttpMethod.POST
                ? Arrival.ofPost(routing.normalizedPath(), clock) : Optional.empty();
        if (arrival.isEmpty()) {
            routing.next();
            return;
        }
        arrival.get().stamp(routing);
        Long sessionId = arrival.get().sessionId();
        if (sessionId == null) {
            routing.next();
            return;
        }
        long arrived = arrival.get().nanos();
        Optional<SessionFacts> known = sessions.known(sessionId);
        if (known.isEmpty()) {
            routing.addEndHandler(ended -> timers.answered(classNow(sessionId), routing.response().getStatusCode(), System.nanoTime() - arrived));
            routing.next();
            return;
        }
        UserClass userClass = known.get().userClass();
        Optional<Limiter.Listener> permit = admission.admit(userClass);
        if (permit.isEmpty()) {
            refuse(routing, userClass);
            return;
        }
        routing.addEndHandler(ended -> answered(userClass, permit.get(), routing.response().getStatusCode(), arrived));
        routing.next();
    }

    private void answered(UserClass userClass, Limiter.Listener permit, int status, long arrived) {
        release(permit, status);
        long now = System.nanoTime();
        timers.answered(userClass.name(), status, now - arrived);
        if (userClass == UserClass.GUARANTEED) {
            guaranteedLatency.answered(now - arrived, now);
        }
    }

    /** The class of a session that was not known when its request arrived: answering it may have made it known. */
    private String classNow(long sessionId) {
        return sessions.known(sessionId).map(facts -> facts.userClass().name()).orElse(SessionRequestTimers.UNKNOWN_CLASS);
    }

    /** A request answered 5xx or refused counts as dropped for the limit; others as done, with their latency. */
    private static void release(Limiter.Listener permit, int status) {
        if (status >= 500 || status == TOO_MANY_REQUESTS) {
            permit.onDropped();
        } else {
            permit.onSuccess();
        }
    }

    /** The request's path is digits and slashes (it matched), so it goes into the JSON as it is. */
    private void refuse(RoutingContext routing, UserClass userClass) {
        refused.get(userClass).increment();
        String[] refusal = refusals.get(userClass);
        routing.response().setStatusCode(TOO_MANY_REQUESTS)
                .putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(refusal[0] + routing.normalizedPath() + refusal[1]);
    }
}
