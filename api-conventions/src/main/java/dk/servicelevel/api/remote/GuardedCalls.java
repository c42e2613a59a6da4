package dk.servicelevel.api.remote;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import dk.servicelevel.api.SourceUnavailableException;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;

/**
 * Every call to another service whose answer a request needs goes through here: a time-out, retries and one circuit
 * breaker per service (guarded-calls.* in the configuration), and a {@link SourceUnavailableException} naming the
 * service when it still cannot answer, so that no figure is ever made up from a missing answer.
 */
@ApplicationScoped
public class GuardedCalls {

    private final GuardedCallsConfig config;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    GuardedCalls(GuardedCallsConfig config) {
        this.config = config;
    }

    /** The call's answer, or a {@link SourceUnavailableException} naming the service. */
    public <T> Uni<T> to(String service, Supplier<Uni<T>> call) {
        return guards.computeIfAbsent(service, this::guard).get(call, new TypeLiteral<Uni<T>>() { })
                .onFailure().transform(e -> new SourceUnavailableException(service, e));
    }

    private Guard guard(String service) {
        GuardedCallsConfig.CircuitBreaker breaker = config.circuitBreaker();
        return Guard.create().withDescription("calls to " + service)
                .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(config.retries()).delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name(service).requestVolumeThreshold(breaker.requestVolume())
                .failureRatio(breaker.failureRatio()).delay(breaker.openFor().toMillis(), ChronoUnit.MILLIS).done()
                .build();
    }
}
