package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ServiceProcess;

/**
 * incident-service registers incidents, service windows and changes only for the systems of sla-service's catalogue,
 * read over REST, a system registered there can be named at once; while sla-service is down it goes on with the codes it
 * read last and answers any other 503.
 */
class SystemCatalogueTest {

    private static final int OPERATORS = 8;
    private static final int ROUNDS = 6;

    private static final String INCIDENT = """
            {"systemCode": "%s", "layer": "APPLICATION", "environment": "PRODUCTION", "category": 2,
             "statusColour": "RED", "detectedAt": "2026-11-30T10:00:00+01:00", "title": "Login fails"}""";
    private static final String SERVICE_WINDOW = """
            {"systemCode": "%s", "startAt": "2026-12-12T01:00:00+01:00", "endAt": "2026-12-12T03:00:00+01:00",
             "purpose": "Patches", "announcedAt": "2026-11-30T09:00:00+01:00"}""";
    private static final String CHANGE = """
            {"systemCode": "%s", "kind": "STANDARD", "title": "Release 26.12", "plannedStartAt": "2026-12-12T01:00:00+01:00",
             "plannedEndAt": "2026-12-12T03:00:00+01:00", "withDowntime": false, "announcedAt": "2026-11-30T09:00:00+01:00"}""";

    @Test
    void aSystemCodeOutsideTheCatalogueIsRefusedANewOneIsNamedAtOnceAndWhileSlaServiceIsDownOnlyTheLastReadsCodesAreTaken() {
        int slaPort = ServiceProcess.freePort();
        try (ServiceProcess incident = ServiceProcess.start("incident-service", "incident",
                Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", "http://localhost:" + slaPort))) {
            ServiceCalls incidents = new ServiceCalls(incident);
            try (ServiceProcess sla = ServiceProcess.start("sla-service", "sla",
                    Map.of(ServiceProcess.PORT, String.valueOf(slaPort), "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident.url()))) {
                ServiceCalls catalogue = new ServiceCalls(sla);
                assertThat(post(catalogue, "/api/v1/systems", "admin", "{\"code\": \"NT\", \"name\": \"National tests\"}").statusCode())
                        .isEqualTo(201);

                assertThat(post(incidents, "/api/v1/incidents", "vendor-ops", INCIDENT.formatted("NT")).statusCode()).isEqualTo(201);
                for (var refused : Map.of("/api/v1/incidents", INCIDENT, "/api/v1/service-windows", SERVICE_WINDOW,
                        "/api/v1/changes", CHANGE).entrySet()) {
                    HttpResponse<String> answer = post(incidents, refused.getKey(), "vendor-ops", refused.getValue().formatted("XYZ"));
                    assertThat(answer.statusCode()).as(refused.getKey()).isEqualTo(422);
                    assertThat(answer.body()).contains("\"field\":\"systemCode\"").contains("XYZ");
                }

                assertThat(post(catalogue, "/api/v1/systems", "admin", "{\"code\": \"XYZ\", \"name\": \"Added later\"}").statusCode())
                        .isEqualTo(201);
                assertThat(post(incidents, "/api/v1/service-windows", "vendor-ops", SERVICE_WINDOW.formatted("XYZ")).statusCode())
                        .as("a system just added to the catalogue").isEqualTo(201);
            }

            assertThat(post(incidents, "/api/v1/incidents", "vendor-ops", INCIDENT.formatted("NT")).statusCode())
                    .as("sla-service down: the catalogue read last").isEqualTo(201);
            HttpResponse<String> unknowable = post(incidents, "/api/v1/changes", "vendor-ops", CHANGE.formatted("NOPE"));
            assertThat(unknowable.statusCode()).as("sla-service down: a code the last read did not hold").isEqualTo(503);
            assertThat(unknowable.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void systemsAddedWhileOthersAreBeingCheckedCanBeNamedAtOnceByManyRegistrationsTogether() throws Exception {
        int slaPort = ServiceProcess.freePort();
        try (ServiceProcess incident = ServiceProcess.start("incident-service", "incident",
                Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", "http://localhost:" + slaPort));
                ServiceProcess sla = ServiceProcess.start("sla-service", "sla",
                        Map.of(ServiceProcess.PORT, String.valueOf(slaPort), "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident.url()))) {
            ServiceCalls incidents = new ServiceCalls(incident);
            ServiceCalls catalogue = new ServiceCalls(sla);
            ExecutorService operators = Executors.newFixedThreadPool(OPERATORS);
            try {
                List<Future<List<Integer>>> working = IntStream.range(0, OPERATORS).mapToObj(operator -> operators.submit(() -> {
                    List<Integer> answers = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        String code = "OP%d-%d".formatted(operator, round);
                        answers.add(post(catalogue, "/api/v1/systems", "admin", "{\"code\": \"%s\", \"name\": \"%s\"}".formatted(code, code))
                                .statusCode());
                        answers.add(post(incidents, "/api/v1/incidents", "vendor-ops", INCIDENT.formatted(code)).statusCode());
                    }
                    return answers;
                })).toList();
                for (Future<List<Integer>> operator : working) {
                    assertThat(operator.get()).as("each system registered, then an incident naming it").containsOnly(201);
                }
            } finally {
                operators.shutdown();
            }
        }
    }

    private static HttpResponse<String> post(ServiceCalls calls, String path, String role, String json) {
        return calls.send(calls.request(path, role).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
