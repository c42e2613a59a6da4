package dk.servicelevel.local;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends a request as a patient client of the platform does: a 503 (a service starting, a breaker open towards a
 * source not yet warm) is sent again after the answer's {@code Retry-After}, until {@code patience} has passed; then
 * the last answer is the answer.
 */
public final class RetryAfter {

    static final int UNAVAILABLE = 503;
    private static final Duration WITHOUT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private RetryAfter() {
    }

    public static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body, Duration patience)
            throws IOException, InterruptedException {
        Instant givingUp = Instant.now().plus(patience);
        HttpResponse<T> response = http.send(request, body);
        while (response.statusCode() == UNAVAILABLE && Instant.now().isBefore(givingUp)) {
            Thread.sleep(wait(response).toMillis());
            response = http.send(request, body);
        }
        return response;
    }

    /** The answer's Retry-After in seconds, within one and {@link #LONGEST_WAIT}; a second when it has none. */
    static Duration wait(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(RetryAfter::seconds)
                .map(seconds -> seconds.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : seconds.compareTo(WITHOUT_RETRY_AFTER) < 0 ? WITHOUT_RETRY_AFTER : seconds)
                .orElse(WITHOUT_RETRY_AFTER);
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
