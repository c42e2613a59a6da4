package dk.servicelevel.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the demo month ({@code demo-month.json}) through the services' own APIs, as their users would: each
 * request with a token of the role that makes it. A month already loaded is left as it is. Only the services given
 * an address are loaded: a test loads the month into the services it runs beside the one it tests.
 */
public final class DemoMonth {

    private static final String DATA = "/demo-month.json";
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SigningKeys keys;
    private final String issuer;
    private final Map<String, String> serviceUrls;
    private final Map<String, String> tokens = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    public DemoMonth(SigningKeys keys, String issuer, Map<String, String> serviceUrls) {
        this.keys = keys;
        this.issuer = issuer;
        this.serviceUrls = serviceUrls;
    }

    public void load() throws IOException, InterruptedException {
        JsonNode month = readData();
        JsonNode marker = month.get("loadedWhenFound");
        if (send("GET", marker.get("service").asText(), marker.get("path").asText(), "admin", null).statusCode() == 200) {
            System.out.println("The demo month is already loaded.");
            return;
        }
        List<JsonNode> requests = new ArrayList<>();
        month.get("requests").forEach(request -> {
            if (serviceUrls.containsKey(request.get("service").asText())) {
                requests.add(request);
            }
        });
        for (JsonNode request : requests) {
            HttpResponse<String> response = send(request.get("method").asText(), request.get("service").asText(),
                    request.get("path").asText(), request.get("role").asText(), request.get("body"));
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Demo request " + request.get("method").asText() + " "
                        + request.get("path").asText() + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        System.out.println("Loaded the demo month: " + requests.size() + " requests.");
    }

    private HttpResponse<String> send(String method, String service, String path, String role, JsonNode body)
            throws IOException, InterruptedException {
        String baseUrl = serviceUrls.get(service);
        if (baseUrl == null) {
            throw new IllegalArgumentException("No address given for the service '" + service + "'");
        }
        HttpRequest.BodyPublisher payload = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token(role))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, payload)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String token(String role) {
        return tokens.computeIfAbsent(role,
                r -> AccessTokens.sign(r, "demo-loader", null, issuer, TOKEN_LIFETIME, keys.privateKey()));
    }

    private static JsonNode readData() {
        try (InputStream in = DemoMonth.class.getResourceAsStream(DATA)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
