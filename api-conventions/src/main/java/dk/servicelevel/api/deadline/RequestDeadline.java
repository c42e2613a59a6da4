package dk.servicelevel.api.deadline;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.api.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
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
    private static final int UNAVAILABLE = 503;
    private static final String LATE = "The database or a service this request needs did not answer in time; try again later";

    private final RequestDeadlineConfig config;
    private final ObjectMapper json;

    RequestDeadline(RequestDeadlineConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::start, PRIORITY);
    }

    private void start(RoutingContext request) {
        String path = request.normalizedPath();
        long timer = request.vertx().setTimer(config.deadline().toMillis(), fired -> answerLate(request.response(), path));
        request.addEndHandler(ended -> request.vertx().cancelTimer(timer));
        request.next();
    }

    private void answerLate(HttpServerResponse response, String path) {
        if (response.headWritten() || response.closed()) {
            return;
        }
        response.setStatusCode(UNAVAILABLE)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(config.retryAfter().toSeconds()))
                .end(Buffer.buffer(problem(path)));
    }

    private byte[] problem(String path) {
        try {
            return json.writeValueAsBytes(new Problem("about:blank", "Service Unavailable", UNAVAILABLE, LATE, path, List.of()));
        } catch (JsonProcessingException e) {
            return LATE.getBytes(StandardCharsets.UTF_8);
        }
    }
}
