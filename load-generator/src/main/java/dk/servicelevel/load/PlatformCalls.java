package dk.servicelevel.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dk.servicelevel.local.RetryAfter;

/**
 * The calls that prepare a run and hand its measurements on: JSON over HTTP, outside the measured load. A 503 (a
 * service still busy with the load before) is sent again after its Retry-After.
 */
final class PlatformCalls {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The answer to a call: its status and JSON body (null when it had none). */
    record Answer(int status, JsonNode body) {
    }

    JsonNode get(URI uri, String token) {
        return expect(send(HttpRequest.newBuilder(uri).GET(), token), Set.of(200), uri).body();
    }

    /** Posts JSON; answers the status if it is one of the expected ones, else fails naming the call and the answer. */
    Answer post(URI uri, String token, Object body, Set<Integer> expected, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return expect(send(request, token), expected, uri);
        } catch (IOException e) {
            throw new IllegalStateException("The body for " + uri + " could not be written: " + e.getMessage(), e);
        }
    }

    Answer send(HttpRequest.Builder request, String token) {
        HttpRequest built = request.timeout(TIMEOUT).header("Authorization", "Bearer " + token).build();
        try {
            HttpResponse<byte[]> response = RetryAfter.send(http, built, HttpResponse.BodyHandlers.ofByteArray(), TIMEOUT);
            JsonNode body = response.body().length == 0 ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + built.uri(), e);
        }
    }

    private static Answer expect(Answer answer, Set<Integer> expected, URI uri) {
        if (!expected.contains(answer.status())) {
            throw new IllegalStateException(uri + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }
}
