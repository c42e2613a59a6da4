package dk.servicelevel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** A patient client sends a request answered 503 again after its Retry-After, and gives up after its patience. */
class RetryAfterTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRequestAnswered503IsSentAgainAfterItsRetryAfterUntilAnswered() throws Exception {
        AtomicInteger asked = answering(List.of(503, 503, 200));
        Instant sent = Instant.now();

        HttpResponse<String> response = RetryAfter.send(http, request(), HttpResponse.BodyHandlers.ofString(), Duration.ofMinutes(1));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(asked).hasValue(3);
        assertThat(Duration.between(sent, Instant.now())).as("a second each time, as Retry-After said").isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void otherAnswersAreTheAnswerAndPatienceRunsOut() throws Exception {
        AtomicInteger asked = answering(List.of(422));
        assertThat(RetryAfter.send(http, request(), HttpResponse.BodyHandlers.ofString(), Duration.ofMinutes(1)).statusCode()).isEqualTo(422);
        assertThat(asked).hasValue(1);
        server.stop(0);

        AtomicInteger unavailable = answering(List.of(503, 503, 503, 503));
        HttpResponse<String> last = RetryAfter.send(http, request(), HttpResponse.BodyHandlers.ofString(), Duration.ofMillis(500));
        assertThat(last.statusCode()).isEqualTo(503);
        assertThat(unavailable).as("asked once, waited a second, asked again, then gave up").hasValue(2);
    }

    private AtomicInteger answering(List<Integer> statuses) throws IOException {
        AtomicInteger asked = new AtomicInteger();
        Iterator<Integer> next = statuses.iterator();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            int status = next.hasNext() ? next.next() : 200;
            byte[] body = ("answered " + status).getBytes(StandardCharsets.UTF_8);
            if (status == 503) {
                exchange.getResponseHeaders().add("Retry-After", "1");
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return asked;
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getAddress().getPort() + "/")).GET().build();
    }
}
