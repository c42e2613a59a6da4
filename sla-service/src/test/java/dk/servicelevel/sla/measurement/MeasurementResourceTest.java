package dk.servicelevel.sla.measurement;

import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractDefinition;
import static dk.servicelevel.sla.SlaFixtures.contractSla;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static dk.servicelevel.sla.SlaFixtures.sla;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class MeasurementResourceTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static final String PROBLEM = "application/problem+json";
    /** Tuesday 2 June 2026 10:00 in Copenhagen, in window A. */
    private static final Instant TEN = Instant.parse("2026-06-02T08:00:00Z");
    /** measurements.max-summaries-per-batch's default. */
    private static final int MAX_SUMMARIES_PER_BATCH = 2_000;

    @Test
    void guaranteedOperationsBelowTheShareMakeASliceDownAndBestEffortOnesNever() {
        String system = newSystem();
        String sla = contractSla(system);
        List<Map<String, Object>> samples = new ArrayList<>();
        samples.addAll(samples(system, "A", "GUARANTEED", TEN, 90, 400));
        samples.addAll(samples(system, "A", "GUARANTEED", TEN.plusSeconds(60), 10, 4000));
        samples.addAll(samples(system, "A", "BEST_EFFORT", TEN.plusSeconds(300), 100, 9000));
        samples.addAll(samples(system, "A", "GUARANTEED", TEN.plusSeconds(600), 95, 2999));
        samples.addAll(samples(system, "A", "GUARANTEED", TEN.plusSeconds(601), 5, 3001));
        samples.addAll(samples(system, "B", "GUARANTEED", TEN, 100, 300));
        send(samples, null).body("samples", equalTo(400), "duplicate", equalTo(false));

        evaluateJune2(sla)
                .body("windows[0].downtimeMinutes", equalTo(5.00f))
                .body("windows[0].downtime.source", contains("RESPONSE_TIME"))
                .body("windows[0].downtime.shareWithinThresholdPercent", contains(90.00f))
                .body("windows[0].downtime.start", contains("2026-06-02T08:00:00Z"))
                .body("responseTimes.byInterfaceAndClass.userClass", contains("GUARANTEED", "BEST_EFFORT", "GUARANTEED"))
                .body("responseTimes.byInterfaceAndClass[0].operations", equalTo(200))
                .body("responseTimes.byInterfaceAndClass[0].shareWithinThresholdPercent", equalTo(92.50f))
                .body("responseTimes.byInterfaceAndClass[0].p50Ms", equalTo(2999))
                .body("responseTimes.byInterfaceAndClass[1].shareWithinThresholdPercent", equalTo(0.00f))
                .body("responseTimes.infrastructureShare.meanAtBMs", equalTo(300.0f));
    }

    /**
     * The contract counts against 3 s (seed 002, table 3); an SLA of the same system may agree 2 s. Both count exactly,
     * an operation of exactly the threshold being within it: at 08:00 96 % are within 2 s and all within 3 s, at 08:05
     * 90 % within 2 s, at 08:10 none within 2 s and 94 % within 3 s.
     */
    @Test
    void twoSlasWithTwoAndThreeSecondThresholdsOnOneSystemEvaluateExactly() {
        String system = newSystem();
        String threeSeconds = contractSla(system);
        String twoSeconds = slaWithThreshold(system, "PT2S", "2020-01-01T00:00:00Z").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> samples = new ArrayList<>();
        samples.addAll(samples(system, "A", "GUARANTEED", TEN, 96, 2000));
        samples.addAll(samples(system, "A", "GUARANTEED", TEN, 4, 2001));
        samples.addAll(samples(system, "A", "GUARANTEED", TEN.plusSeconds(300), 90, 1999));
        samples.addAll(samples(system, "A", "GUARANTEED", TEN.plusSeconds(300), 10, 2500));
        samples.addAll(samples(system, "A", "GUARANTEED", TEN.plusSeconds(600), 94, 3000));
        samples.addAll(samples(system, "A", "GUARANTEED", TEN.plusSeconds(600), 6, 3001));
        send(samples, null);

        evaluateJune2(threeSeconds).body("windows[0].downtimeMinutes", equalTo(5.00f))
                .body("windows[0].downtime.start", contains("2026-06-02T08:10:00Z"))
                .body("windows[0].downtime.shareWithinThresholdPercent", contains(94.00f));
        evaluateJune2(twoSeconds).body("windows[0].downtimeMinutes", equalTo(10.00f))
                .body("windows[0].downtime.shareWithinThresholdPercent", contains(90.00f, 0.00f));
    }

    /** A threshold no SLA of the system named before is counted from the slice after the measurements already stored. */
    @Test
    void aThresholdFirstNamedAfterMeasurementsArrivedIsCountedFromThenOn() {
        String system = newSystem();
        contractSla(system);
        send(samples(system, "A", "GUARANTEED", TEN, 10, 1500), null);
        slaWithThreshold(system, "PT2S", "2026-06-01T00:00:00+02:00").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("definition.responseTime.threshold"))
                .body("violations[0].message", containsString("2026-06-02T08:05:00Z"));
        String twoSeconds = slaWithThreshold(system, "PT2S", "2026-06-02T08:05:00Z").then().statusCode(201).extract().path("id");
        send(samples(system, "A", "GUARANTEED", TEN.plusSeconds(300), 10, 2500), null);

        as("ministry").queryParam("from", "2026-06-02T08:05:00Z").queryParam("to", "2026-06-03T00:00:00+02:00")
                .get("/api/v1/slas/{id}/availability", twoSeconds).then().statusCode(200)
                .body("windows[0].downtime.start", contains("2026-06-02T08:05:00Z"))
                .body("windows[0].downtime.shareWithinThresholdPercent", contains(0.00f));
    }

    private static Response slaWithThreshold(String system, String threshold, String validFrom) {
        Map<String, Object> definition = contractDefinition();
        definition.put("responseTime", Map.of("measuredAt", "A", "threshold", threshold, "sharePercent", 95));
        return as("vendor-ops").body(sla(system + "-" + threshold, system, validFrom, definition)).post("/api/v1/slas");
    }

    /**
     * A whole day that has ended is read from its merged day summary; a sample that arrives late for it is counted all
     * the same, in the period's figures and in the day's summary merged again.
     */
    @Test
    void aLateSampleForADayAlreadyEvaluatedIsCounted() {
        String system = newSystem();
        String sla = contractSla(system);
        send(samples(system, "A", "GUARANTEED", TEN, 40, 300), null);
        evaluateJune(sla).body("responseTimes.byInterfaceAndClass[0].operations", equalTo(40));
        evaluateJune(sla).body("responseTimes.byInterfaceAndClass[0].operations", equalTo(40))
                .body("responseTimes.byInterfaceAndClass[0].p99Ms", equalTo(300));

        send(samples(system, "A", "GUARANTEED", TEN.plusSeconds(3600), 2, 5000), null);

        evaluateJune(sla).body("responseTimes.byInterfaceAndClass[0].operations", equalTo(42))
                .body("responseTimes.byInterfaceAndClass[0].p99Ms", greaterThanOrEqualTo(5000));
        evaluateJune2(sla).body("responseTimes.byInterfaceAndClass[0].operations", equalTo(42));
    }

    /** A feed naming a system the catalogue lacks is kept and named, so that the system can be registered with its figures. */
    @Test
    void operationsOfASystemNotInTheCatalogueAreKeptNamedAndCountedApartUntilItIsRegistered() {
        String unregistered = "U-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String registered = newSystem();
        List<Map<String, Object>> batch = new ArrayList<>(samples(unregistered, "B", "GUARANTEED", TEN, 3, 200));
        batch.addAll(samples(registered, "B", "GUARANTEED", TEN, 2, 200));

        send(batch, null).body("samples", equalTo(5), "duplicate", equalTo(false), "unregisteredSystems", contains(unregistered));
        assertThat(given().get(metrics).then().statusCode(200).extract().asString())
                .contains("slp_measured_operations_unregistered_total{system=\"" + unregistered + "\"} 3.0")
                .doesNotContain("slp_measured_operations_unregistered_total{system=\"" + registered + "\"}");

        as("admin").body(Map.of("code", unregistered, "name", "Registered late")).post("/api/v1/systems").then().statusCode(201);
        send(samples(unregistered, "B", "GUARANTEED", TEN.plusSeconds(60), 1, 200), null).body("unregisteredSystems", empty());
        as("ministry").queryParam("system", unregistered).queryParam("month", "2026-06").get("/api/v1/measurements/counts")
                .then().statusCode(200).body("byInterface.B", equalTo(4));
    }

    /** Samples spread over more slices than a batch may make are refused whole before any sketch is made. */
    @Test
    void aBatchSpreadOverMoreSlicesThanItMayMakeIsRefusedAndNothingOfItCounted() {
        String system = newSystem();
        List<Map<String, Object>> spread = new ArrayList<>();
        for (int slice = 0; slice <= MAX_SUMMARIES_PER_BATCH; slice++) {
            spread.addAll(samples(system, "A", "GUARANTEED", TEN.minusSeconds(300L * slice), 1, 200));
        }

        as("vendor-ops").body(Map.of("samples", spread)).post("/api/v1/measurements").then().statusCode(422)
                .body("violations[0].field", equalTo("samples"), "violations[0].message", containsString("at most " + MAX_SUMMARIES_PER_BATCH));
        as("ministry").queryParam("system", system).queryParam("month", "2026-06").get("/api/v1/measurements/counts")
                .then().statusCode(200).body("operations", equalTo(0));
        send(spread.subList(0, MAX_SUMMARIES_PER_BATCH), null).body("samples", equalTo(MAX_SUMMARIES_PER_BATCH));
    }

    private static ValidatableResponse evaluateJune(String sla) {
        return as("ministry").queryParam("month", "2026-06").get("/api/v1/slas/{id}/availability", sla).then().statusCode(200);
    }

    @Test
    void aBatchSentAgainWithItsIdempotencyKeyIsCountedOnce() {
        String system = newSystem();
        String sla = contractSla(system);
        String key = UUID.randomUUID().toString();
        List<Map<String, Object>> batch = samples(system, "A", "GUARANTEED", TEN, 50, 100);
        send(batch, key).body("duplicate", equalTo(false));
        send(batch, key).body("duplicate", equalTo(true));
        evaluateJune2(sla).body("responseTimes.byInterfaceAndClass[0].operations", equalTo(50));
    }

    @Test
    void concurrentBatchesIntoTheSameSlicesAreAllCounted() {
        String system = newSystem();
        String sla = contractSla(system);
        ExecutorService senders = Executors.newFixedThreadPool(6);
        List<CompletableFuture<Integer>> batches = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<Map<String, Object>> batch = samples(system, "A", "GUARANTEED", TEN.plusSeconds(i), 500, 100 + i);
            batches.add(CompletableFuture.supplyAsync(() -> as("vendor-ops").body(Map.of("samples", batch))
                    .post("/api/v1/measurements").statusCode(), senders));
        }
        senders.shutdown();
        batches.forEach(batch -> assertThat(batch.join()).isEqualTo(200));
        evaluateJune2(sla)
                .body("responseTimes.byInterfaceAndClass[0].operations", equalTo(3000))
                .body("responseTimes.byInterfaceAndClass[0].p99Ms", equalTo(105));
    }

    @Test
    void takesTenThousandSamplesInOneBatch() {
        String system = newSystem();
        send(samples(system, "D", "BEST_EFFORT", TEN, 10_000, 250), null)
                .body("samples", equalTo(10_000), "slices", equalTo(2));
    }

    @Test
    void namesEachInvalidSampleAndCountsNoneOfTheBatch() {
        String system = newSystem();
        String sla = contractSla(system);
        List<Map<String, Object>> batch = new ArrayList<>(samples(system, "A", "GUARANTEED", TEN, 3, 100));
        batch.get(1).put("durationMs", -1);
        batch.get(2).remove("userClass");
        batch.get(2).put("at", "2099-01-01T00:00:00Z");
        as("vendor-ops").body(Map.of("samples", batch)).post("/api/v1/measurements")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("samples[1].durationMs", "samples[2].userClass", "samples[2].at"));
        evaluateJune2(sla).body("responseTimes.byInterfaceAndClass", empty());

        batch = samples(system, "E", "GUARANTEED", TEN, 1, 100);
        as("vendor-ops").body(Map.of("samples", batch)).post("/api/v1/measurements")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("samples[0].interface"));
        as("vendor-ops").body(Map.of("samples", List.of())).post("/api/v1/measurements")
                .then().statusCode(422).body("violations.field", contains("samples"));
    }

    @Test
    void countsTheCallsOfASystemPerMonthAndInterface() {
        String system = newSystem();
        List<Map<String, Object>> samples = new ArrayList<>(samples(system, "A", "GUARANTEED", TEN, 30, 100));
        samples.addAll(samples(system, "B", "BEST_EFFORT", TEN, 12, 100));
        samples.addAll(samples(system, "A", "GUARANTEED", Instant.parse("2026-05-31T22:30:00Z"), 7, 100));
        send(samples, null);
        as("ministry").queryParam("system", system).queryParam("month", "2026-06").get("/api/v1/measurements/counts")
                .then().statusCode(200)
                .body("operations", equalTo(49), "byInterface.A", equalTo(37), "byInterface.B", equalTo(12),
                        "byHourOfDay", hasSize(24), "byHourOfDay[0]", equalTo(7), "byHourOfDay[10]", equalTo(42),
                        "byHourOfDay[9]", equalTo(0));
        as("ministry").queryParam("system", system).queryParam("month", "2026-06").queryParam("zone", "UTC")
                .get("/api/v1/measurements/counts").then().statusCode(200).body("operations", equalTo(42));
        as("ministry").queryParam("system", system).queryParam("month", "2026-06").queryParam("zone", "Mars/Olympus")
                .get("/api/v1/measurements/counts").then().statusCode(400).body("violations.field", contains("zone"));
    }

    @Test
    void onlyOperationsStaffSendMeasurements() {
        as("ministry").body(Map.of("samples", samples(newSystem(), "A", "GUARANTEED", TEN, 1, 100)))
                .post("/api/v1/measurements").then().statusCode(403);
    }

    private static ValidatableResponse send(List<Map<String, Object>> samples, String idempotencyKey) {
        var request = as("vendor-ops").body(Map.of("samples", samples));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/measurements").then().statusCode(200);
    }

    private static ValidatableResponse evaluateJune2(String sla) {
        return as("ministry").queryParam("from", "2026-06-02T00:00:00+02:00").queryParam("to", "2026-06-03T00:00:00+02:00")
                .get("/api/v1/slas/{id}/availability", sla).then().statusCode(200);
    }

    static List<Map<String, Object>> samples(String system, String measuredAt, String userClass, Instant at, int count,
            long durationMs) {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> sample = new HashMap<>();
            sample.put("system", system);
            sample.put("interface", measuredAt);
            sample.put("operation", i % 2 == 0 ? "answer-question" : "show-page");
            sample.put("userClass", userClass);
            sample.put("at", at.toString());
            sample.put("durationMs", durationMs);
            sample.put("ok", true);
            samples.add(sample);
        }
        return samples;
    }
}
