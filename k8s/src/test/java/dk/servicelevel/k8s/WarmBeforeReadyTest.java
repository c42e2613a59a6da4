package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.local.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * booking-service says it is ready only once it is warm: from its first answer on, readiness is DOWN, naming the
 * warm-up and how far it is, until the warm-up has played every round against the replica; and the warm-up writes
 * nothing: no booking, no seat, no click, no measurement.
 */
class WarmBeforeReadyTest {

    private static final int ROUNDS = 1500;
    /**
     * Not waiting for the JIT compiler here: on a machine that runs the whole build it may not settle within the time a
     * test can wait, and the rounds are what is checked.
     */
    private static final double COMPILING_BELOW = 100;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRITTEN_BY_A_TEST_DAY = List.of("booking", "slot_usage", "booked_sitting", "session_event",
            "measurement_outbox");

    private record Readiness(int status, JsonNode warmUp) {
    }

    @Test
    void readinessSaysUpOnlyAfterTheWarmUpHasRunAndWhyNotBefore() throws Exception {
        int managementPort = ServiceProcess.freePort();
        List<Readiness> answers = new CopyOnWriteArrayList<>();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<?> watching = watcher.submit(() -> watch(managementPort, answers));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ServiceProcess booking = ServiceProcess.startWith("booking-service", postgres, "booking", Map.of(
                        ServiceProcess.MANAGEMENT_PORT, String.valueOf(managementPort), "WARM_UP_ROUNDS", String.valueOf(ROUNDS),
                        "WARM_UP_COMPILING_BELOW", String.valueOf(COMPILING_BELOW)))) {
            watching.get();

            List<Readiness> down = answers.stream().filter(answer -> answer.status() == 503).toList();
            assertThat(down).as("readiness answered before the warm-up was over").isNotEmpty();
            assertThat(down).allSatisfy(answer -> {
                assertThat(answer.warmUp().path("status").asText()).isEqualTo("DOWN");
                assertThat(answer.warmUp().at("/data/reason").asText()).startsWith("warming up");
                assertThat(answer.warmUp().at("/data/roundsAtLeast").asInt()).isEqualTo(ROUNDS);
            });
            assertThat(down).anySatisfy(answer -> assertThat(answer.warmUp().at("/data/rounds").asInt()).isBetween(1, ROUNDS - 1));
            Readiness up = answers.get(answers.size() - 1);
            assertThat(up.status()).isEqualTo(200);
            assertThat(up.warmUp().at("/data/rounds").asInt()).as("every round played").isGreaterThanOrEqualTo(ROUNDS);
            assertThat(up.warmUp().at("/data").has("incomplete")).isFalse();

            try (Connection database = postgres.getDatabase("postgres", "booking").getConnection(); Statement sql = database.createStatement()) {
                for (String table : WRITTEN_BY_A_TEST_DAY) {
                    try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + table)) {
                        rows.next();
                        assertThat(rows.getLong(1)).as("rows the warm-up left in %s", table).isZero();
                    }
                }
            }
        } finally {
            watcher.shutdownNow();
        }
    }

    /** Asks for readiness from before the process answers until it says UP, keeping every answer. */
    private static void watch(int managementPort, List<Readiness> answers) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                JsonNode warmUp = null;
                for (JsonNode check : JSON.readTree(answer.body()).path("checks")) {
                    if (check.path("name").asText().equals("warm-up")) {
                        warmUp = check;
                    }
                }
                answers.add(new Readiness(answer.statusCode(), warmUp));
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notListeningYet) {
                // the process is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
