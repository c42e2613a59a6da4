package dk.servicelevel.api.remote;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How calls to another service are guarded: each attempt's time-out, the retries, and the circuit breaker per service. */
@ConfigMapping(prefix = "guarded-calls")
public interface GuardedCallsConfig {

    /** How long one attempt may take. */
    @WithDefault("10s")
    Duration timeout();

    /** Attempts after the first that failed. */
    @WithDefault("2")
    int retries();

    /** The pause before each retry. */
    @WithDefault("300ms")
    Duration retryDelay();

    CircuitBreaker circuitBreaker();

    interface CircuitBreaker {

        /** The calls the breaker looks back over. */
        @WithDefault("8")
        int requestVolume();

        /** The share of those calls that failed at which the breaker opens. */
        @WithDefault("0.75")
        double failureRatio();

        /** How long an open breaker refuses calls before it lets one through to try. */
        @WithDefault("10s")
        Duration openFor();
    }
}
