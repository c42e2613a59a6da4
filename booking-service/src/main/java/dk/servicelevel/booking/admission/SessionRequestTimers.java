package dk.servicelevel.booking.admission;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;

/**
 * How long the clicks and ends of running sessions take to answer, per class and outcome
 * ({@code test_sessions_requests_seconds}): these paths are left out of the HTTP server metrics, which at four times
 * the admitted load took 8-9 % of the service's CPU, mostly for requests refused at the head of the route
 * (docs/load-and-benchmarks.md). Refusals are counted apart ({@code test_sessions_refused_total}). Every timer is
 * registered at start, so a request looks up no tags.
 */
final class SessionRequestTimers {

    /** A session this replica did not know when its request arrived and does not know when it is answered. */
    static final String UNKNOWN_CLASS = "UNKNOWN";

    private final Map<String, Map<Outcome, Timer>> timers = new HashMap<>();

    SessionRequestTimers(MeterRegistry registry, Iterable<String> userClasses) {
        for (String userClass : userClasses) {
            Map<Outcome, Timer> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Timer.builder("test_sessions.requests").tag("userClass", userClass).tag("outcome", outcome.name())
                        .description("Clicks and ends of running sessions answered, admitted or not known at arrival").register(registry));
            }
            timers.put(userClass, byOutcome);
        }
    }

    void answered(String userClass, int status, long nanos) {
        timers.get(userClass).get(Outcome.forStatus(status)).record(nanos, TimeUnit.NANOSECONDS);
    }
}
