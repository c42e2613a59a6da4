package dk.servicelevel.api.deadline;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.api.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/** The 503 a request is answered before it reaches a resource: problem+json with the Retry-After of every 503. */
@ApplicationScoped
class UnavailableAnswer {

    private static final int UNAVAILABLE = 503;

    private final RequestDeadlineConfig config;
    private final ObjectMapper json;

    UnavailableAnswer(RequestDeadlineConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void send(HttpServerResponse response, String path, String detail) {
        response.setStatusCode(UNAVAILABLE)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(config.retryAfter().toSeconds()))
                .end(Buffer.buffer(problem(path, detail)));
    }

    private byte[] problem(String path, String detail) {
        try {
            return json.writeValueAsBytes(new Problem("about:blank", "Service Unavailable", UNAVAILABLE, detail, path, List.of()));
        } catch (JsonProcessingException e) {
            return detail.getBytes(StandardCharsets.UTF_8);
        }
    }
}
