package dk.servicelevel.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.local.RetryAfter;
import dk.servicelevel.local.SigningKeys;

/** Calls to the local platform's services with tokens signed by its keys. */
final class PlatformClient {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** HTTP/1.1, as an ingress controller or a probe calls the services (HTTP/2 cost the senders and the service a fifth of a run). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String vendorOps;
    private final String ministry;
    private final String admin;

    PlatformClient(Path keyDirectory, String issuer) {
        SigningKeys keys = SigningKeys.in(keyDirectory);
        vendorOps = AccessTokens.sign("vendor-ops", "benchmark", null, issuer, TOKEN_LIFETIME, keys.privateKey());
        ministry = AccessTokens.sign("ministry", "benchmark", null, issuer, TOKEN_LIFETIME, keys.privateKey());
        admin = AccessTokens.sign("admin", "benchmark", null, issuer, TOKEN_LIFETIME, keys.privateKey());
    }

    /** Posts JSON as operations staff; fails unless the answer is 2xx. */
    String post(String url, byte[] json) {
        return post(url, json, vendorOps);
    }

    /** Posts JSON as an administrator (systems of the catalogue); fails unless the answer is 2xx. */
    String postAsAdmin(String url, byte[] json) {
        return post(url, json, admin);
    }

    private String post(String url, byte[] json, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build());
    }

    /** Whether the address answers 2xx to the ministry. */
    boolean exists(String url) {
        try {
            get(url);
            return true;
        } catch (IllegalStateException notThere) {
            return false;
        }
    }

    /** Reads as the ministry; fails unless the answer is 2xx. */
    String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + ministry).GET().build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = RetryAfter.send(http, request, HttpResponse.BodyHandlers.ofString(), TIMEOUT);
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
