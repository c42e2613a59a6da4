package dk.servicelevel.api.deadline;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a request may wait on what it needs (the database, another service) before it is answered 503. */
@ConfigMapping(prefix = "requests")
public interface RequestDeadlineConfig {

    /** A request not answered by then is answered 503 with Retry-After: a stalled database never hangs a caller. */
    @WithDefault("4s")
    Duration deadline();

    /** The Retry-After of every 503: past the deadline, or with the database or a service it needs out of reach. */
    @WithDefault("5s")
    Duration retryAfter();

    /**
     * The last part of {@code quarkus.shutdown.delay}, when a stopping service answers a request 503 with Retry-After
     * instead of serving it: a client told so waits before it sends again, so none is in the middle of a request, or
     * of opening a connection for one, when the service stops listening.
     */
    @WithDefault("1s")
    Duration refusingBeforeStop();

    /** How long the readiness check waits for the database to answer before it says DOWN. */
    @WithDefault("2s")
    Duration databaseAnswerWithin();
}
