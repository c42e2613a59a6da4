package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Kubernetes stops a pod with SIGTERM (a rollout, a drain, a scale-down). The services must not fail a request
 * or lose data because of it: readiness goes down first while requests are still served, then those in flight
 * finish, and what is kept in memory is handed on, before the process exits.
 */
class GracefulShutdownTest {

    private static final int BATCHES = 6;
    private static final int SAMPLES_PER_BATCH = 5_000;
    /** How long the requests are kept in flight after SIGTERM, to show the process waits for them. */
    private static final Duration IN_FLIGHT_AFTER_THE_SIGNAL = Duration.ofSeconds(2);
    private static final Instant MEASURED_FROM = Instant.parse("2026-10-14T08:00:00Z");
    /** The requests in progress per server (the APIs' port and the management port each have a series). */
    private static final String ACTIVE_REQUESTS = "(?m)^http_server_active_requests\\{[^}]*server_port=\"%d\"[^}]*} ([0-9.]+)";
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
    private static final int SESSION_REQUESTS = 25;
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final Pattern OPERATIONS = Pattern.compile("\"operations\":([0-9]+)");
    private static final int CLICKERS = 8;
    private static final Duration CLICKING_BEFORE_STOP = Duration.ofSeconds(2);
    private static final Duration CLICK_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETRY_POLL = Duration.ofMillis(50);

    @Test
    void requestsInFlightWhenTheServiceIsStoppedAllFinishAndNothingIsLost() throws Exception {
        Map<String, String> environment = Map.of("QUARKUS_SHUTDOWN_DELAY", "0s", "QUARKUS_SHUTDOWN_TIMEOUT", "60s",
                "BREACHES_INTERVAL", "off", "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", "http://localhost:1");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (ServiceProcess sla = ServiceProcess.startWith("sla-service", postgres, "sla", environment);
                    Connection slowDatabase = postgres.getDatabase("postgres", "sla").getConnection()) {
                ServiceCalls calls = new ServiceCalls(sla);
                holdWritesToTheSlices(slowDatabase);
                List<CompletableFuture<HttpResponse<String>>> inFlight = IntStream.range(0, BATCHES)
                        .mapToObj(batch -> calls.client().sendAsync(measurements(calls, batch), HttpResponse.BodyHandlers.ofString()))
                        .toList();
                awaitActiveRequests(calls, BATCHES);

                sla.terminate();
                Thread.sleep(IN_FLIGHT_AFTER_THE_SIGNAL.toMillis());
                assertThat(inFlight).as("requests still in flight after the signal").noneMatch(CompletableFuture::isDone);
                slowDatabase.commit();

                List<HttpResponse<String>> answers = inFlight.stream().map(CompletableFuture::join).toList();
                assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
                assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).contains("\"samples\":" + SAMPLES_PER_BATCH));
                assertThat(sla.awaitExit(EXIT_TIMEOUT)).as("sla-service exits once the requests are answered").isTrue();
                assertThat(Files.readString(sla.log())).contains("sla-service stopped in");
            }
            try (ServiceProcess again = ServiceProcess.startWith("sla-service", postgres, "sla", environment)) {
                ServiceCalls restarted = new ServiceCalls(again);
                long counted = operations(restarted.send(restarted
                        .request("/api/v1/measurements/counts?system=ROLLOUT&month=2026-10", "ministry").GET().build()).body());
                assertThat(counted).as("samples counted after a restart").isEqualTo((long) BATCHES * SAMPLES_PER_BATCH);
            }
        }
    }

    /**
     * Keeps the batches in flight, however fast the service is: a transaction of the test's own holds a lock on the
     * slices' table that their writes wait for, until it commits (as a long maintenance statement would).
     */
    private static void holdWritesToTheSlices(Connection database) throws SQLException {
        database.setAutoCommit(false);
        try (Statement lock = database.createStatement()) {
            lock.execute("LOCK TABLE measurement_slice IN EXCLUSIVE MODE");
        }
    }

    @Test
    void readinessGoesDownAtOnceWhileRequestsAreStillServedDuringTheDelay() throws Exception {
        try (ServiceProcess incident = ServiceProcess.start("incident-service", "incident",
                Map.of("QUARKUS_SHUTDOWN_DELAY", "5s", "QUARKUS_SHUTDOWN_TIMEOUT", "10s"))) {
            ServiceCalls calls = new ServiceCalls(incident);
            assertThat(calls.status("/q/health/ready")).isEqualTo(200);

            incident.terminate();

            assertThat(calls.awaitStatus("/q/health/ready", status -> status == 503, Duration.ofSeconds(3)))
                    .as("readiness reports DOWN so the endpoints drop the pod").isTrue();
            HttpResponse<String> stillServed = calls.send(calls.request("/api/v1/incidents", "ministry").GET().build());
            assertThat(stillServed.statusCode()).as("a request the endpoints still send is answered").isEqualTo(200);
            assertThat(stillServed.headers().firstValue("Connection")).as("and its client told to reconnect for the next").contains("close");
            assertThat(incident.awaitExit(EXIT_TIMEOUT)).isTrue();
        }
    }

    @Test
    void bookingServiceHandsWhatItMeasuredToSlaServiceBeforeItExits() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ServiceProcess sla = ServiceProcess.startWith("sla-service", postgres, "sla", Map.of("BREACHES_INTERVAL", "off",
                        "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", "http://localhost:1"));
                ServiceProcess booking = ServiceProcess.startWith("booking-service", postgres, "booking", Map.of(
                        "QUARKUS_REST_CLIENT_SLA_SERVICE_URL", sla.url(), "MEASUREMENTS_INTERVAL", "off"))) {
            ServiceCalls schools = new ServiceCalls(booking);
            List<Long> sessions = RunningSessions.start(schools, postgres.getDatabase("postgres", "booking"), 1);
            YearMonth monthBefore = YearMonth.now(ZONE);
            for (int i = 0; i < SESSION_REQUESTS; i++) {
                HttpResponse<String> clicked = schools.send(schools.request("/api/v1/test-sessions/" + sessions.get(0) + "/events", "admin")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ANSWER\"}")).build());
                assertThat(clicked.statusCode()).as(clicked.body()).isEqualTo(204);
            }
            YearMonth monthAfter = YearMonth.now(ZONE);

            booking.terminate();
            assertThat(booking.awaitExit(EXIT_TIMEOUT)).isTrue();

            ServiceCalls ministry = new ServiceCalls(sla);
            long measured = Stream.of(monthBefore, monthAfter).distinct()
                    .mapToLong(month -> operations(ministry.send(ministry.request(
                            "/api/v1/measurements/counts?system=NT&month=" + month, "ministry").GET().build()).body()))
                    .sum();
            assertThat(measured).as("session requests measured at booking-service and counted at sla-service")
                    .isEqualTo(SESSION_REQUESTS);
        }
    }

    /** A click whose connection the stopped service did not accept. */
    private static final int NOT_ACCEPTED = -1;
    /** A click sent on a connection that was closed before it was answered. */
    private static final int CUT = 0;

    /**
     * The time readiness is DOWN before the service stops, the last part of it when requests are refused with
     * Retry-After, and the part certainly served.
     */
    private static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(3);
    private static final Duration REFUSING = Duration.ofMillis(500);
    private static final Duration DRAINING = SHUTDOWN_DELAY.minusSeconds(1);

    /**
     * One click of the stream: its key, when it was sent, what it was answered (or {@link #NOT_ACCEPTED}, {@link #CUT})
     * and the answer's Retry-After, if any.
     */
    private record Click(long session, String key, long sentAt, int status, Optional<String> retryAfter) {
    }

    @Test
    void clicksUnderwayWhenBookingServiceStopsAreAnsweredOrRefusedNeverCutAndSentAgainWithTheirKeysEachIsStoredOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ServiceProcess sla = ServiceProcess.startWith("sla-service", postgres, "sla", Map.of("BREACHES_INTERVAL", "off",
                        "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", "http://localhost:1"))) {
            Map<String, String> environment = Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", sla.url(), "QUARKUS_SHUTDOWN_DELAY",
                    SHUTDOWN_DELAY.toSeconds() + "s", "REQUESTS_REFUSING_BEFORE_STOP", REFUSING.toMillis() + "ms");
            List<Click> clicks = new ArrayList<>();
            List<Long> sessions;
            long stoppedAt;
            try (ServiceProcess booking = ServiceProcess.startWith("booking-service", postgres, "booking", environment)) {
                ServiceCalls schools = new ServiceCalls(booking);
                sessions = RunningSessions.start(schools, postgres.getDatabase("postgres", "booking"), CLICKERS);
                ExecutorService clickers = Executors.newFixedThreadPool(CLICKERS);
                AtomicBoolean exited = new AtomicBoolean();
                List<Future<List<Click>>> streams = sessions.stream()
                        .map(session -> clickers.submit(() -> clickUntil(exited, schools, session))).toList();
                Thread.sleep(CLICKING_BEFORE_STOP.toMillis());

                stoppedAt = System.nanoTime();
                booking.terminate();
                assertThat(booking.awaitExit(EXIT_TIMEOUT)).isTrue();
                exited.set(true);
                for (Future<List<Click>> stream : streams) {
                    clicks.addAll(stream.get());
                }
                clickers.shutdown();
            }
            List<Click> acknowledged = clicks.stream().filter(click -> click.status() == 204).toList();
            assertThat(acknowledged).as("clicks answered before the stop").hasSizeGreaterThan(CLICKERS);
            assertThat(clicks).extracting(Click::status).as("a stopping service answers or refuses, it never cuts a request it took")
                    .isSubsetOf(NOT_ACCEPTED, 204, 503);
            assertThat(clicks).filteredOn(click -> click.status() == 503).as("refused with the time to send it again")
                    .allSatisfy(click -> assertThat(click.retryAfter()).isPresent());
            assertThat(clicks).filteredOn(click -> click.sentAt() > stoppedAt && click.sentAt() < stoppedAt + DRAINING.toNanos())
                    .as("clicks sent while the service drains (the endpoints still send them): answered, none cut").isNotEmpty()
                    .allSatisfy(click -> assertThat(click.status()).isEqualTo(204));
            DataSource database = postgres.getDatabase("postgres", "booking");
            assertThat(storedKeys(database, sessions)).as("every acknowledged click stored, and none whose caller was not told")
                    .containsExactlyInAnyOrderElementsOf(acknowledged.stream().map(Click::key).toList());

            try (ServiceProcess again = ServiceProcess.startWith("booking-service", postgres, "booking", environment)) {
                ServiceCalls schools = new ServiceCalls(again);
                for (Click click : clicks) {
                    assertThat(schools.send(clickRequest(schools, click.session(), click.key())).statusCode())
                            .as("click %s sent again", click.key()).isEqualTo(204);
                }
            }
            List<String> stored = storedKeys(database, sessions);
            assertThat(stored).as("each click stored once").doesNotHaveDuplicates().hasSameSizeAs(clicks)
                    .containsExactlyInAnyOrderElementsOf(clicks.stream().map(Click::key).toList());
        }
    }

    /**
     * Clicks one session, one click at a time each with its own key, until the service has exited; refused with
     * Retry-After, it waits that long before its next click, as the test's client does.
     */
    private static List<Click> clickUntil(AtomicBoolean exited, ServiceCalls schools, long session) {
        List<Click> sent = new ArrayList<>();
        while (!exited.get()) {
            String key = UUID.randomUUID().toString();
            long sentAt = System.nanoTime();
            try {
                HttpResponse<Void> answer = schools.client().send(clickRequest(schools, session, key), HttpResponse.BodyHandlers.discarding());
                Optional<String> retryAfter = answer.headers().firstValue("Retry-After");
                sent.add(new Click(session, key, sentAt, answer.statusCode(), retryAfter));
                if (retryAfter.isPresent()) {
                    awaitRetryAfter(exited, Duration.ofSeconds(Long.parseLong(retryAfter.get())));
                }
            } catch (ConnectException e) {
                sent.add(new Click(session, key, sentAt, NOT_ACCEPTED, Optional.empty()));
            } catch (IOException e) {
                sent.add(new Click(session, key, sentAt, CUT, Optional.empty()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            }
        }
        return sent;
    }

    /** Waits as a refused client does before it sends again, or until the service has exited. */
    private static void awaitRetryAfter(AtomicBoolean exited, Duration retryAfter) throws InterruptedException {
        long until = System.nanoTime() + retryAfter.toNanos();
        while (!exited.get() && System.nanoTime() < until) {
            Thread.sleep(RETRY_POLL.toMillis());
        }
    }

    private static HttpRequest clickRequest(ServiceCalls schools, long session, String key) {
        return schools.request("/api/v1/test-sessions/" + session + "/events", "admin").timeout(CLICK_TIMEOUT)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ANSWER\"}")).build();
    }

    private static List<String> storedKeys(DataSource database, List<Long> sessions) throws SQLException {
        try (Connection db = database.getConnection();
                PreparedStatement keys = db.prepareStatement("SELECT idempotency_key FROM session_event WHERE session_id = ANY (?)")) {
            keys.setArray(1, db.createArrayOf("bigint", sessions.toArray()));
            List<String> stored = new ArrayList<>();
            try (ResultSet rows = keys.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            return stored;
        }
    }

    private static long operations(String counts) {
        Matcher operations = OPERATIONS.matcher(counts);
        assertThat(operations.find()).as(counts).isTrue();
        return Long.parseLong(operations.group(1));
    }

    private static HttpRequest measurements(ServiceCalls calls, int batch) {
        String samples = IntStream.range(0, SAMPLES_PER_BATCH)
                .mapToObj(i -> "{\"system\":\"ROLLOUT\",\"interface\":\"A\",\"operation\":\"answer-question\","
                        + "\"userClass\":\"GUARANTEED\",\"at\":\"" + MEASURED_FROM.plus((long) batch * SAMPLES_PER_BATCH + i, ChronoUnit.MILLIS)
                        + "\",\"durationMs\":" + (100 + i % 900) + ",\"ok\":true}")
                .collect(Collectors.joining(",", "{\"samples\":[", "]}"));
        return calls.request("/api/v1/measurements", "vendor-ops")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "rollout-" + batch)
                .POST(HttpRequest.BodyPublishers.ofString(samples))
                .build();
    }

    /** Waits until the service reports at least this many API requests in progress (asked on the management interface). */
    private static void awaitActiveRequests(ServiceCalls calls, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        double active = 0;
        Pattern ofTheApis = Pattern.compile(ACTIVE_REQUESTS.formatted(URI.create(calls.baseUrl()).getPort()));
        while (Instant.now().isBefore(deadline)) {
            Matcher metric = ofTheApis.matcher(calls.send(HttpRequest.newBuilder(
                    URI.create(calls.managementUrl() + "/q/metrics")).build()).body());
            active = metric.find() ? Double.parseDouble(metric.group(1)) : 0;
            if (active >= expected) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("only " + active + " of " + expected + " requests reached the service");
    }
}
