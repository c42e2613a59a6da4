package dk.servicelevel.api.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers 503 with Retry-After any request that is not answered within {@code requests.deadline}: a database that
 * stalls (or a service that does) is a refusal the caller can retry, not a hang. The work goes on; its late answer is
 * dropped. Runs first in the route, so its clock starts when the request arrives.
 */
@ApplicationScoped
public class RequestDeadline {

    /** Before every other filter (admission control uses 400). */
    private static final int PRIORITY = 1000;
    private static final String LATE = "The database or a service this request needs did not answer in time; try again later";

    private final RequestDeadlineConfig config;
    private final UnavailableAnswer unavailable;

    RequestDeadline(RequestDeadlineConfig config, UnavailableAnswer unavailable) {
        this.config = config;
        this.unavailable = unavailable;
    }

    void register(@Observes Filters filters) {
        filters.register(this::start, PRIORITY);
    }

    /**
     * When the work behind a request answered 503 ends, writing its own answer fails (the response was sent): that
     * failure is the late answer, not an error of the service, and is not handed to the error handler that logs it.
     */
    void dropLateAnswers(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::unlessAnswered);
    }

    private void unlessAnswered(RoutingContext failed) {
        if (!failed.response().ended()) {
            failed.next();
        }
    }

    private void start(RoutingContext request) {
        String path = request.normalizedPath();
        long timer = request.vertx().setTimer(config.deadline().toMillis(), fired -> answerLate(request.response(), path));
        request.addEndHandler(ended -> request.vertx().cancelTimer(timer));
        request.next();
    }

    private void answerLate(HttpServerResponse response, String path) {
        if (!response.headWritten() && !response.closed()) {
            unavailable.send(response, path, LATE);
        }
    }
}
