package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * booking-service killed with SIGKILL while pupils click, after sla-service went away and before it came back:
 * every click booking-service acknowledged is stored, and every stored click is counted by sla-service exactly once
 * once both run again (the measurement outbox is in booking-service's database, sent under one key per batch).
 */
class MeasurementFeedCrashTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final int SESSIONS = 12;
    private static final int CLICKERS = 6;
    private static final Duration PHASE = Duration.ofSeconds(3);
    private static final Duration DRAINED_WITHIN = Duration.ofSeconds(60);
    private static final Pattern OPERATIONS = Pattern.compile("\"operations\":([0-9]+)");

    @Test
    void everyAcknowledgedClickIsCountedExactlyOnceAfterAKillAndAnOutageOfSlaService() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            YearMonth monthBefore = YearMonth.now(ZONE);
            ServiceProcess sla = ServiceProcess.startWith("sla-service", postgres, "sla", slaEnvironment());
            ServiceProcess booking = ServiceProcess.startWith("booking-service", postgres, "booking", bookingEnvironment(sla));
            DataSource bookingDb = postgres.getDatabase("postgres", "booking");
            List<Long> sessions = RunningSessions.start(new ServiceCalls(booking), bookingDb, SESSIONS);

            Clicking clicking = Clicking.start(new ServiceCalls(booking), sessions);
            Thread.sleep(PHASE.toMillis());
            sla.close();
            Thread.sleep(PHASE.toMillis());
            booking.kill();
            long acknowledged = clicking.stop();

            try (ServiceProcess slaAgain = ServiceProcess.startWith("sla-service", postgres, "sla", slaEnvironment());
                    ServiceProcess bookingAgain = ServiceProcess.startWith("booking-service", postgres, "booking",
                            bookingEnvironment(slaAgain))) {
                awaitEmptyOutbox(bookingDb);
                long stored = count(bookingDb, "SELECT count(*) FROM session_event");
                ServiceCalls ministry = new ServiceCalls(slaAgain);
                long counted = Stream.of(monthBefore, YearMonth.now(ZONE)).distinct()
                        .mapToLong(month -> operations(ministry.send(ministry.request(
                                "/api/v1/measurements/counts?system=NT&month=" + month, "ministry").GET().build()).body()))
                        .sum();

                assertThat(acknowledged).as("clicks acknowledged before the kill").isPositive();
                assertThat(stored).as("every acknowledged click is stored").isGreaterThanOrEqualTo(acknowledged);
                assertThat(stored).as("stored clicks beyond those acknowledged were in flight at the kill")
                        .isLessThanOrEqualTo(acknowledged + clicking.unanswered());
                assertThat(counted).as("every stored click counted at sla-service exactly once").isEqualTo(stored);
            } finally {
                booking.close();
            }
        }
    }

    /** Pupils clicking as fast as they are answered, counting what booking-service acknowledged (204). */
    private record Clicking(ExecutorService threads, List<Future<long[]>> clickers, AtomicBoolean running) {

        static Clicking start(ServiceCalls booking, List<Long> sessions) {
            ExecutorService threads = Executors.newFixedThreadPool(CLICKERS);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Future<long[]>> clickers = IntStream.range(0, CLICKERS).mapToObj(clicker -> threads.submit(() -> {
                long acknowledged = 0;
                long unanswered = 0;
                for (int n = clicker; running.get(); n++) {
                    HttpRequest click = booking.request("/api/v1/test-sessions/" + sessions.get(n % sessions.size()) + "/events", "admin")
                            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ANSWER\"}")).build();
                    try {
                        HttpResponse<String> answer = booking.client().send(click, HttpResponse.BodyHandlers.ofString());
                        acknowledged += answer.statusCode() == 204 ? 1 : 0;
                    } catch (java.io.IOException e) {
                        unanswered++;
                        Thread.sleep(50);
                    }
                }
                return new long[] { acknowledged, unanswered };
            })).toList();
            return new Clicking(threads, clickers, running);
        }

        long stop() throws Exception {
            running.set(false);
            threads.shutdown();
            long acknowledged = 0;
            for (Future<long[]> clicker : clickers) {
                acknowledged += clicker.get()[0];
            }
            return acknowledged;
        }

        long unanswered() throws Exception {
            long unanswered = 0;
            for (Future<long[]> clicker : clickers) {
                unanswered += clicker.get()[1];
            }
            return unanswered;
        }
    }

    private static Map<String, String> slaEnvironment() {
        return Map.of("BREACHES_INTERVAL", "off", "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", "http://localhost:1",
                "QUARKUS_SHUTDOWN_DELAY", "0s");
    }

    private static Map<String, String> bookingEnvironment(ServiceProcess sla) {
        return Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", sla.url(), "MEASUREMENTS_INTERVAL", "1s",
                "MEASUREMENTS_BATCH_SIZE", "200", "MEASUREMENTS_LEASE", "2s");
    }

    private static void awaitEmptyOutbox(DataSource database) throws Exception {
        Instant deadline = Instant.now().plus(DRAINED_WITHIN);
        while (count(database, "SELECT count(*) FROM measurement_outbox") > 0) {
            assertThat(Instant.now()).as("the outbox is sent within " + DRAINED_WITHIN).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static long count(DataSource database, String query) throws SQLException {
        try (Connection db = database.getConnection(); Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long operations(String counts) {
        Matcher operations = OPERATIONS.matcher(counts);
        assertThat(operations.find()).as(counts).isTrue();
        return Long.parseLong(operations.group(1));
    }
}
