package dk.servicelevel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.servicelevel.load.TransactionLog.Figures;
import dk.servicelevel.load.TransactionLog.Summary;
import dk.servicelevel.local.ServiceProcess;
import dk.servicelevel.local.SigningKeyTestResource;
import io.gatling.app.Gatling$;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The generator run as an operator runs it (Gatling's launcher) against booking-service and sla-service, each a
 * real process with its own database: the rush books a day without overbooking a slot, the measurement feed is
 * ingested, every transaction is counted by sla-service at interface D, and a run stops at its request bound.
 */
class TestDaySimulationTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** A cohort of 600 pupils makes the slots small: 115 seats at the 2007 step, so the rush's peak slot runs full. */
    private static final int PUPILS_PER_COHORT = 600;
    private static final String MULTIPLE = "1";

    private static EmbeddedPostgres postgres;
    private static ServiceProcess sla;
    private static ServiceProcess booking;
    private static final PlatformCalls CALLS = new PlatformCalls();

    @BeforeAll
    static void startServices() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        sla = ServiceProcess.startWith("sla-service", postgres, "sla",
                Map.of("BREACHES_INTERVAL", "off", "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", "http://localhost:1"));
        booking = ServiceProcess.startWith("booking-service", postgres, "booking",
                Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", sla.url(), "MEASUREMENTS_INTERVAL", "off"));
        CALLS.post(uri(sla, "/api/v1/systems"), sla.token("admin"), Map.of("code", "NT", "name", "National tests"), Set.of(201));
        CALLS.post(uri(booking, "/api/v1/tests"), booking.token("admin"),
                Map.of("code", "DANISH-READING-4", "subject", "Danish, reading", "grade", 4), Set.of(201));
        LocalDate today = LocalDate.now(ZONE);
        CALLS.post(uri(booking, "/api/v1/school-years"), booking.token("admin"), Map.of("label", today.getYear() + "-"
                + String.valueOf(today.getYear() + 1).substring(2), "startsOn", today.toString(),
                "summerHolidayStartsOn", today.plusDays(200).toString()), Set.of(201));
        ObjectNode model = (ObjectNode) CALLS.get(uri(booking, "/api/v1/capacity/model"), booking.token("admin"));
        model.put("pupilsPerCohort", PUPILS_PER_COHORT);
        assertThat(CALLS.send(HttpRequest.newBuilder(uri(booking, "/api/v1/capacity/model")).header("If-Match", "\"0\"")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(model.toString())),
                booking.token("admin")).status()).isEqualTo(200);
    }

    @AfterAll
    static void stopServices() throws IOException {
        Stream.of(booking, sla).filter(Objects::nonNull).forEach(ServiceProcess::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theRushFillsThePeakSlotWithoutOverbookingAndEveryTransactionIsMeasuredAtInterfaceD(@TempDir Path results) throws Exception {
        Summary summary = run(results, Map.of("scenarios", "booking-rush,measurements", "multiple", MULTIPLE, "rush-spread-seconds", "0",
                "duration-seconds", "5"));

        Figures rush = summary.of("booking-rush", "GUARANTEED").orElseThrow();
        assertThat(rush.requests()).isEqualTo(23);
        assertThat(rush.errors()).isZero();
        assertThat(rush.refused()).as("classes that found their slot full (409)").isPositive();
        assertThat(rush.ok() + rush.refused()).isEqualTo(rush.requests());
        JsonNode slots = CALLS.get(uri(booking, "/api/v1/slots?date=" + summary.rushDay()), booking.token("admin"));
        long capacity = slots.get(0).path("capacity").asLong();
        List<Long> booked = StreamSupport.stream(slots.spliterator(), false).map(slot -> slot.path("booked").asLong()).toList();
        assertThat(booked).allSatisfy(seats -> assertThat(seats).isLessThanOrEqualTo(capacity));
        assertThat(booked.get(TestDayLoad.PEAK_SLOT)).as("the peak slot is full: no further class fits").isGreaterThan(capacity - 24);
        assertThat(booked.stream().mapToLong(Long::longValue).sum()).isEqualTo(rush.ok() * 24);

        Figures feed = summary.of("measurements", "GUARANTEED").orElseThrow();
        assertThat(feed.ok()).isEqualTo(feed.requests()).isPositive();
        assertThat(countedAt("LOADTEST", "B")).isPositive();
        assertThat(summary.measurementsSent()).isEqualTo(summary.requests());
        assertThat(countedAt("NT", "D")).as("the generator's own transactions in sla-service").isEqualTo(summary.requests());
        try (Stream<Path> report = Files.walk(results)) {
            assertThat(report.map(Path::getFileName).map(Path::toString)).as("Gatling's report").contains("index.html");
        }
    }

    @Test
    void aRunStopsAtItsRequestBoundLongBeforeItsDuration(@TempDir Path results) throws Exception {
        Instant started = Instant.now();
        Summary summary = run(results, Map.of("scenarios", "measurements", "multiple", "0.01", "duration-seconds", "600",
                "max-requests", "2", "system", "BOUND-TEST"));

        assertThat(summary.requests()).isBetween(1L, 2L);
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofMinutes(2));
    }

    private static Summary run(Path results, Map<String, String> settings) throws Exception {
        Path summaryFile = results.resolve("summary.json");
        Map<String, String> all = new HashMap<>(settings);
        all.putAll(Map.of("booking-url", booking.url(), "sla-url", sla.url(), "report-url", booking.url(),
                "key-directory", ServiceProcess.signingKeyDirectory().toString(), "issuer", SigningKeyTestResource.TEST_ISSUER,
                "summary-file", summaryFile.toString()));
        Properties saved = (Properties) System.getProperties().clone();
        all.forEach((name, value) -> System.setProperty("load." + name, value));
        try {
            int exit = Gatling$.MODULE$.fromArgs(new String[] { "-s", TestDaySimulation.class.getName(), "-rf", results.toString() });
            assertThat(exit).as("Gatling's exit code").isZero();
        } finally {
            System.setProperties(saved);
        }
        return PlatformCalls.JSON.readValue(summaryFile.toFile(), Summary.class);
    }

    private static long countedAt(String system, String measuredAt) {
        return CALLS.get(uri(sla, "/api/v1/measurements/counts?system=" + system + "&month=" + YearMonth.now(ZONE)), sla.token("ministry"))
                .path("byInterface").path(measuredAt).asLong();
    }

    private static URI uri(ServiceProcess service, String path) {
        return URI.create(service.url() + path);
    }
}
