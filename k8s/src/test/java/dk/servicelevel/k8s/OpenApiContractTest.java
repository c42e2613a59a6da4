package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.servicelevel.k8s.BadInput.Request;
import dk.servicelevel.k8s.OpenApiDocument.Operation;
import dk.servicelevel.local.ServiceProcess;

/**
 * Each service as an outside tester meets it: its own OpenAPI document walked operation by operation, and every
 * operation sent missing, null, wrong-type, out-of-range and oversized values, with the platform's demo month loaded.
 * No answer may be a server error (5xx), and every answer whose status the document describes must keep to the schema
 * it gives; the plausible call of each reading operation is checked against its schema too.
 */
@ExtendWith(DemoPlatform.class)
class OpenApiContractTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String SCHOOL = "280010";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, ServiceProcess> SERVICES = new LinkedHashMap<>();

    @BeforeAll
    static void onThePlatformWithItsDemoMonth(DemoPlatform.Services platform) {
        SERVICES.putAll(platform.byKey());
    }

    @Test
    void everyDocumentHoldsTheApiAloneNamesEachOperationOnceAndDocumentsItsSuccessAndEveryRefusalAsAProblem() {
        SERVICES.forEach((key, service) -> {
            OpenApiDocument document = new OpenApiDocument(get(service.managementUrl() + "/q/openapi?format=json").body());
            assertThat(document.paths()).as("%s-service's paths: the pages are not in the API document", key).isNotEmpty()
                    .allMatch(path -> path.startsWith("/api/v1/"));
            assertThat(document.operationIds()).as("%s-service's operationIds", key).hasSameSizeAs(document.operations())
                    .doesNotContain("").doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+[A-Za-z]*"));
            assertThat(document.refusalsNotDocumentedAsProblems()).as("%s-service's refusals not documented as problems", key).isEmpty();
            assertThat(document.operationsWithoutASuccess()).as("%s-service's operations without a success", key).isEmpty();
        });
    }

    @Test
    void everyOperationOfEveryServiceAnswersBadInputWithoutAServerErrorAndWithinItsSchema() {
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        SERVICES.forEach((key, service) -> {
            OpenApiDocument document = new OpenApiDocument(get(service.managementUrl() + "/q/openapi?format=json").body());
            BadInput input = new BadInput(document);
            Map<Integer, Integer> counted = statuses.computeIfAbsent(key + "-service", k -> new TreeMap<>());
            for (Operation operation : document.operations()) {
                List<Request> requests = new ArrayList<>(input.requests(operation));
                if (operation.method().equals("get")) {
                    requests.add(0, input.plausible(operation));
                }
                String token = tokenFor(service, operation, requests.isEmpty() ? input.plausible(operation) : requests.get(0));
                for (Request request : requests) {
                    HttpResponse<String> answer = send(service, operation, request, token);
                    counted.merge(answer.statusCode(), 1, Integer::sum);
                    String where = "%s-service %s, %s: %d".formatted(key, operation, request.what(), answer.statusCode());
                    if (answer.statusCode() >= 500) {
                        failures.add(where + " " + abbreviated(answer.body()));
                    }
                    document.violations(operation, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body())
                            .forEach(violation -> failures.add(where + " breaks its schema: " + violation));
                }
            }
        });
        System.out.printf("Answers by status: %s%n", statuses);

        assertThat(statuses).hasSize(SERVICES.size()).allSatisfy((service, counted) -> assertThat(counted).isNotEmpty());
        assertThat(failures).as("server errors and answers outside the document's schema").isEmpty();
    }

    /** An administrator's token, or a school's for the operations only a school may call. */
    private static String tokenFor(ServiceProcess service, Operation operation, Request probe) {
        String admin = service.token("admin");
        return send(service, operation, probe, admin).statusCode() == 403 ? service.schoolToken(SCHOOL) : admin;
    }

    private static HttpResponse<String> send(ServiceProcess service, Operation operation, Request request, String token) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : request.path().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", encoded(parameter.getValue()));
        }
        String query = request.query().entrySet().stream().map(p -> encoded(p.getKey()) + "=" + encoded(p.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service.url() + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + token).header("Accept", operation.accept() + ", application/problem+json");
        request.headers().forEach(builder::header);
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body());
        return send(builder.method(operation.method().toUpperCase(), body).build());
    }

    private static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
