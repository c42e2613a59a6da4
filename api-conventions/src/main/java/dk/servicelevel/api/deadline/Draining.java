package dk.servicelevel.api.deadline;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * From the moment the service is told to stop (SIGTERM; readiness is DOWN for {@code quarkus.shutdown.delay} while
 * Kubernetes takes the pod out of its endpoints) every answer says {@code Connection: close}: a client that keeps its
 * connection open opens a new one for its next request, which reaches a replica that stays, instead of sending it on a
 * connection this one will close when it stops. In the delay's last {@code requests.refusing-before-stop} a request
 * is answered 503 with Retry-After instead, and so is one that arrives after the delay: the caller sends it again, after
 * the Retry-After, to a replica that stays, and is not in the middle of a request when this one stops listening (a
 * connection opened just then would be reset, its request neither answered nor refused).
 */
@ApplicationScoped
public class Draining {

    /** Before every other filter: the request deadline uses 1000. */
    private static final int PRIORITY = 1100;
    private static final String CLOSE = "close";
    private static final String STOPPING = "This replica of the service is stopping; send the request again";

    /** How long after the signal requests are still served. */
    private final Duration serving;
    private final UnavailableAnswer unavailable;
    private volatile long drainingSince;
    private volatile boolean draining;

    Draining(@ConfigProperty(name = "quarkus.shutdown.delay", defaultValue = "0s") Duration delay, RequestDeadlineConfig config,
            UnavailableAnswer unavailable) {
        this.serving = delay.minus(config.refusingBeforeStop());
        this.unavailable = unavailable;
    }

    void drain(@Observes ShutdownDelayInitiatedEvent stopping) {
        drainingSince = System.nanoTime();
        draining = true;
    }

    void register(@Observes Filters filters) {
        filters.register(this::closeAfterAnswerWhileDraining, PRIORITY);
    }

    private void closeAfterAnswerWhileDraining(RoutingContext routing) {
        if (!draining) {
            routing.next();
            return;
        }
        routing.response().putHeader(HttpHeaders.CONNECTION, CLOSE);
        if (System.nanoTime() - drainingSince < serving.toNanos()) {
            routing.next();
            return;
        }
        unavailable.send(routing.response(), routing.normalizedPath(), STOPPING);
    }
}
