package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * sla-service killed with SIGKILL while probes send batches: a batch is counted in one transaction or not at all, and a
 * probe that sends every batch again with its Idempotency-Key once the service is back gets each counted exactly once,
 * whether the kill came before its commit (lost, counted now) or after it (counted before, answered as a duplicate).
 */
class MeasurementIngestionCrashTest {

    private static final String SYSTEM = "CRASH";
    private static final int BATCHES = 120;
    private static final int SAMPLES_PER_BATCH = 10_000;
    private static final int SENDERS = 4;
    private static final int ANSWERED_BEFORE_THE_KILL = 10;
    private static final Instant FIRST_SAMPLE = Instant.parse("2026-11-02T07:00:00Z");
    private static final Pattern OPERATIONS = Pattern.compile("\"operations\":([0-9]+)");
    private static final Pattern DUPLICATE = Pattern.compile("\"duplicate\":(true|false)");

    @Test
    void everyBatchSentAgainWithItsKeyAfterAKillIsCountedExactlyOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ServiceProcess sla = ServiceProcess.startWith("sla-service", postgres, "sla", environment());
            ServiceCalls probe = new ServiceCalls(sla);
            assertThat(probe.send(probe.request("/api/v1/systems", "admin").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + SYSTEM + "\",\"name\":\"Crash\"}")).build())
                    .statusCode()).isEqualTo(201);

            Map<Integer, Boolean> answered = sendAllKillingMidway(probe, sla);

            try (ServiceProcess slaAgain = ServiceProcess.startWith("sla-service", postgres, "sla", environment())) {
                ServiceCalls again = new ServiceCalls(slaAgain);
                List<Boolean> duplicates = new ArrayList<>();
                for (int batch = 0; batch < BATCHES; batch++) {
                    HttpResponse<String> answer = again.send(measurements(again, batch));
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    Matcher duplicate = DUPLICATE.matcher(answer.body());
                    assertThat(duplicate.find()).as(answer.body()).isTrue();
                    duplicates.add(Boolean.parseBoolean(duplicate.group(1)));
                }
                long counted = operations(again.send(again.request("/api/v1/measurements/counts?system=" + SYSTEM + "&month=2026-11",
                        "ministry").GET().build()).body());

                assertThat(answered).as("batches answered before the kill").hasSizeGreaterThanOrEqualTo(ANSWERED_BEFORE_THE_KILL);
                assertThat(answered.size()).as("batches left unanswered by the kill").isLessThan(BATCHES);
                assertThat(duplicates).as("every answered batch was counted before").containsOnly(true, false);
                answered.keySet().forEach(batch -> assertThat(duplicates.get(batch)).as("batch %d, answered before", batch).isTrue());
                assertThat(counted).as("every sample counted exactly once").isEqualTo((long) BATCHES * SAMPLES_PER_BATCH);
            }
        }
    }

    /** Sends every batch from several probes and kills the service once some were answered; answers which were. */
    private static Map<Integer, Boolean> sendAllKillingMidway(ServiceCalls probe, ServiceProcess sla) throws Exception {
        Map<Integer, Boolean> answered = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        IntStream.range(0, BATCHES).forEach(batch -> senders.submit(() -> {
            try {
                HttpResponse<String> answer = probe.client().send(measurements(probe, batch), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    answered.put(batch, true);
                }
            } catch (IOException e) {
                // the kill: the probe did not learn whether the batch was counted
            }
            return null;
        }));
        while (answered.size() < ANSWERED_BEFORE_THE_KILL) {
            Thread.sleep(1);
        }
        sla.kill();
        senders.shutdown();
        assertThat(senders.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        return Map.copyOf(answered);
    }

    /** Batch n: its own samples, a minute apart from the other batches', under its own key. */
    private static HttpRequest measurements(ServiceCalls service, int batch) {
        StringBuilder body = new StringBuilder("{\"samples\":[");
        Instant at = FIRST_SAMPLE.plus(Duration.ofMinutes(batch));
        for (int i = 0; i < SAMPLES_PER_BATCH; i++) {
            body.append(i == 0 ? "" : ",").append("{\"system\":\"").append(SYSTEM)
                    .append("\",\"interface\":\"A\",\"operation\":\"answer-question\",\"userClass\":\"GUARANTEED\",\"at\":\"")
                    .append(at.plusMillis(i * 10L)).append("\",\"durationMs\":").append(200 + i % 300).append(",\"ok\":true}");
        }
        return service.request("/api/v1/measurements", "vendor-ops").header("Content-Type", "application/json")
                .header("Idempotency-Key", "crash-test-batch-" + batch)
                .POST(HttpRequest.BodyPublishers.ofString(body.append("]}").toString())).build();
    }

    private static Map<String, String> environment() {
        return Map.of("BREACHES_INTERVAL", "off", "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", "http://localhost:1",
                "QUARKUS_SHUTDOWN_DELAY", "0s");
    }

    private static long operations(String counts) {
        Matcher operations = OPERATIONS.matcher(counts);
        assertThat(operations.find()).as(counts).isTrue();
        return Long.parseLong(operations.group(1));
    }
}
