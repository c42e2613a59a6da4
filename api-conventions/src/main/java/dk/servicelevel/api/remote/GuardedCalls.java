package dk.servicelevel.api.remote;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.WebApplicationException;

import dk.servicelevel.api.SourceRefusedException;
import dk.servicelevel.api.SourceUnavailableException;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;

/**
 * Every call to another service whose answer a request needs goes through here: a time-out, retries and one circuit
 * breaker per service (guarded-calls.* in the configuration), and a {@link SourceUnavailableException} naming the
 * service when it still cannot answer, so that no figure is ever made up from a missing answer. A refusal of the
 * request itself (400, 404, ...) is passed on as it is: not retried, and not counted by the breaker.
 */
@ApplicationScoped
public class GuardedCalls {

    private static final int SERVER_ERROR = 500;
    private static final Set<Integer> NOT_ABOUT_THE_REQUEST = Set.of(401, 403, 408, 429);

    private final GuardedCallsConfig config;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    GuardedCalls(GuardedCallsConfig config) {
        this.config = config;
    }

    /**
     * The call's answer; a {@link SourceRefusedException} when the service refused the request (a 4xx), or a
     * {@link SourceUnavailableException} naming the service when it failed to answer.
     */
    public <T> Uni<T> to(String service, Supplier<Uni<T>> call) {
        return guards.computeIfAbsent(service, this::guard).get(call, new TypeLiteral<Uni<T>>() { })
                .onFailure(GuardedCalls::failed).transform(e -> new SourceUnavailableException(service, e))
                .onFailure(WebApplicationException.class)
                .transform(e -> new SourceRefusedException(service, ((WebApplicationException) e).getResponse().getStatus(), e));
    }

    /**
     * Whether the call failed: no answer, a 5xx, or a refusal that says nothing about the request (401, 403: this
     * service's own token; 408, 429: try again). Any other 4xx is the service's answer about what was asked: retrying it
     * would get the same answer, and counting it would let anyone who sends bad input open the breaker for everyone.
     */
    private static boolean failed(Throwable e) {
        if (!(e instanceof WebApplicationException answered)) {
            return true;
        }
        int status = answered.getResponse().getStatus();
        return status >= SERVER_ERROR || NOT_ABOUT_THE_REQUEST.contains(status);
    }

    private Guard guard(String service) {
        GuardedCallsConfig.CircuitBreaker breaker = config.circuitBreaker();
        return Guard.create().withDescription("calls to " + service)
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.retries()).delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .whenException(GuardedCalls::failed).done()
                .withCircuitBreaker().name(service).when(GuardedCalls::failed).requestVolumeThreshold(breaker.requestVolume())
                .failureRatio(breaker.failureRatio()).delay(breaker.openFor().toMillis(), ChronoUnit.MILLIS).done()
                .build();
    }
}
