package dk.servicelevel.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the demo month ({@code demo-month.json}) through the services' own APIs, as their users would: each
 * request with a token of the role that makes it. A month already loaded is left as it is; with a progress file, a
 * load that stopped half-way goes on after the last request answered (409, already there, counts as answered). Only
 * the services given an address are loaded: a test loads the month into the services it runs beside the one it tests.
 */
public final class DemoMonth {

    private static final String DATA = "/demo-month.json";
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    /** Filing the month's reports renders every kind in every format: minutes on a busy machine. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);
    private static final int ALREADY_THERE = 409;
    /** How long a request answered 503 (a service still warming, a breaker towards a cold source) is sent again. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SigningKeys keys;
    private final String issuer;
    private final Map<String, String> serviceUrls;
    private final Map<String, String> tokens = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path progress;

    public DemoMonth(SigningKeys keys, String issuer, Map<String, String> serviceUrls) {
        this(keys, issuer, serviceUrls, null);
    }

    /** A loader that counts the requests answered in {@code progress}, and resumes from there. */
    public DemoMonth(SigningKeys keys, String issuer, Map<String, String> serviceUrls, Path progress) {
        this.keys = keys;
        this.issuer = issuer;
        this.serviceUrls = serviceUrls;
        this.progress = progress;
    }

    public void load() throws IOException, InterruptedException {
        JsonNode month = readData();
        List<JsonNode> requests = new ArrayList<>();
        month.get("requests").forEach(request -> {
            if (serviceUrls.containsKey(request.get("service").asText())) {
                requests.add(request);
            }
        });
        OptionalInt before = answeredBefore();
        int answered = before.isPresent() ? before.getAsInt() : loadedBefore(month) ? requests.size() : 0;
        if (answered >= requests.size()) {
            System.out.println("The demo month is already loaded.");
            return;
        }
        for (JsonNode request : requests.subList(answered, requests.size())) {
            HttpResponse<String> response = send(request.get("method").asText(), request.get("service").asText(),
                    request.get("path").asText(), request.get("role").asText(), request.get("body"));
            if (response.statusCode() >= 300 && response.statusCode() != ALREADY_THERE) {
                throw new IllegalStateException("Demo request " + request.get("method").asText() + " "
                        + request.get("path").asText() + " answered " + response.statusCode() + ": " + response.body());
            }
            answered++;
            if (progress != null) {
                Files.writeString(progress, String.valueOf(answered));
            }
        }
        System.out.println("Loaded the demo month: " + requests.size() + " requests.");
    }

    /** The requests answered by an earlier load, if its progress was kept. */
    private OptionalInt answeredBefore() throws IOException {
        return progress != null && Files.exists(progress)
                ? OptionalInt.of(Integer.parseInt(Files.readString(progress).strip())) : OptionalInt.empty();
    }

    /** Whether a load that kept no progress found the month there. */
    private boolean loadedBefore(JsonNode month) throws IOException, InterruptedException {
        JsonNode marker = month.get("loadedWhenFound");
        return send("GET", marker.get("service").asText(), marker.get("path").asText(), "admin", null).statusCode() == 200;
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
        return RetryAfter.send(http, request, HttpResponse.BodyHandlers.ofString(), PATIENCE);
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
