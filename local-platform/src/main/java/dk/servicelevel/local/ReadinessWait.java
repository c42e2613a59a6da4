package dk.servicelevel.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Waits until each health URL answers 200, or fails naming those that did not. */
final class ReadinessWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ReadinessWait() {
    }

    static void until(Duration timeout, List<String> urls) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<String> waiting = notReady(urls);
        while (!waiting.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Not ready after " + timeout.toSeconds() + " s: " + waiting);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
            waiting = notReady(waiting);
        }
    }

    private static List<String> notReady(List<String> urls) {
        return urls.stream().filter(url -> !ready(url)).toList();
    }

    private static boolean ready(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
