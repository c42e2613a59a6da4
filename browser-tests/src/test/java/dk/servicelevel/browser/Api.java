package dk.servicelevel.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dk.servicelevel.local.ServiceProcess;

/** JSON calls to a service under test, to set up what the pages show. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    static HttpResponse<String> send(ServiceProcess service, String role, String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + service.token(role)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends and fails unless the answer is 2xx; answers the body. */
    static String call(ServiceProcess service, String role, String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(service, role, method, path, json, headers);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
