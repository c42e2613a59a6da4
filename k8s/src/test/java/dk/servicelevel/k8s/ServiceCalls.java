package dk.servicelevel.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntPredicate;

import dk.servicelevel.local.ServiceProcess;

/** Plain HTTP/1.1 calls to a service process, the way an ingress controller or a kubelet makes them. */
final class ServiceCalls {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceProcess service;

    ServiceCalls(ServiceProcess service) {
        this.service = service;
    }

    HttpRequest.Builder request(String path, String role) {
        return HttpRequest.newBuilder(URI.create(service.url() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + service.token(role));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return service.url();
    }

    String managementUrl() {
        return service.managementUrl();
    }

    HttpClient client() {
        return http;
    }

    /** The status a path answers with; Quarkus' own paths (/q/: health, metrics) on the management interface. */
    int status(String path) {
        String base = path.startsWith("/q/") ? service.managementUrl() : service.url();
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).build()).statusCode();
    }

    /** Waits until the path answers with a status the predicate accepts, and answers whether it did in time. */
    boolean awaitStatus(String path, IntPredicate expected, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (expected.test(status(path))) {
                return true;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return false;
    }
}
