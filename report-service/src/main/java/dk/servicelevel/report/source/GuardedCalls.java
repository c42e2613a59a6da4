package dk.servicelevel.report.source;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import dk.servicelevel.api.SourceUnavailableException;
import io.smallrye.mutiny.Uni;

/**
 * Every call to another service goes through here: a time-out, retries and one circuit breaker per service, and a
 * {@link SourceUnavailableException} naming the service when it still cannot answer. The figures of a report are
 * never made up from a missing answer. Each setting can be changed by MicroProfile Fault Tolerance configuration.
 */
@ApplicationScoped
public class GuardedCalls {

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public <T> Uni<T> slaService(Supplier<Uni<T>> call) {
        return call.get();
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public <T> Uni<T> incidentService(Supplier<Uni<T>> call) {
        return call.get();
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public <T> Uni<T> bookingService(Supplier<Uni<T>> call) {
        return call.get();
    }
}
