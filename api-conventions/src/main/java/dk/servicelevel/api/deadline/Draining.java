package dk.servicelevel.api.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * From the moment the service is told to stop (SIGTERM; readiness is DOWN for {@code quarkus.shutdown.delay} while
 * Kubernetes takes the pod out of its endpoints) every answer says {@code Connection: close}: a client that keeps its
 * connection open opens a new one for its next request, which reaches a replica that stays, instead of sending it on a
 * connection this one will close when it stops.
 */
@ApplicationScoped
public class Draining {

    /** Before every other filter: the request deadline uses 1000. */
    private static final int PRIORITY = 1100;
    private static final String CLOSE = "close";

    private volatile boolean draining;

    void drain(@Observes ShutdownDelayInitiatedEvent stopping) {
        draining = true;
    }

    void register(@Observes Filters filters) {
        filters.register(this::closeAfterAnswerWhileDraining, PRIORITY);
    }

    private void closeAfterAnswerWhileDraining(RoutingContext routing) {
        if (draining) {
            routing.response().putHeader(HttpHeaders.CONNECTION, CLOSE);
        }
        routing.next();
    }
}
