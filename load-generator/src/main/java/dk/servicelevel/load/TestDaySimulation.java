package dk.servicelevel.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.servicelevel.load.LoadSettings.Scenario;
import dk.servicelevel.load.TransactionLog.Measurement;
import dk.servicelevel.load.TransactionLog.Outcome;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A test day on the platform at a capacity step times a multiple (seed 002, Krav 15 D and 22): the booking rush, the
 * clicks of running tests of both classes, booking-service's measurement feed and the ministry fetching reports.
 * Bounded in time and requests; every transaction is measured and handed to sla-service at interface D.
 *
 * <pre>java -Dload.step=scaling-2 -Dload.multiple=0.5 ... io.gatling.app.Gatling -s dk.servicelevel.load.TestDaySimulation</pre>
 */
public class TestDaySimulation extends Simulation {

    private static final Logger LOG = LoggerFactory.getLogger(TestDaySimulation.class);
    /** booking-service sends its measurements every 5 s ({@code measurements.interval}). */
    private static final Duration MEASUREMENT_INTERVAL = Duration.ofSeconds(5);
    /** Longer than Gatling's request time-out (gatling.conf), so that the last requests are answered or fail. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(40);
    private static final int MEASUREMENTS_PER_BATCH = 10_000;
    private static final String GUARANTEED = "GUARANTEED";
    private static final List<String> REPORTS = List.of("monthly-operations", "monthly-status", "fault-log", "usage", "activity");

    private final LoadSettings settings = LoadSettings.from(System.getProperties());
    private final Credentials credentials = new Credentials(settings);
    private final TransactionLog log = new TransactionLog(settings.system());
    private final String runId = Long.toString(System.currentTimeMillis() / 1000 % 2_000_000_000L, 36).toUpperCase(Locale.ROOT);
    private final PlatformCalls calls = new PlatformCalls();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Instant measuredFrom;
    private String rushDay;

    public TestDaySimulation() throws Exception {
        TestDayPreparation preparation = new TestDayPreparation(settings, credentials);
        TestDayLoad load = new TestDayLoad(preparation.figures(), settings.multiple(), settings.classSize(), settings.reportsPerMinute());
        List<PopulationBuilder> populations = new ArrayList<>();
        long rush = 0;
        if (settings.scenarios().contains(Scenario.BOOKING_RUSH)) {
            TestDayPreparation.Rush bookings = preparation.rush(load, runId);
            rush = bookings.bookings().size();
            rushDay = bookings.day().toString();
            populations.add(bookingRush(bookings.bookings()));
        }
        Duration measured = bounded(load, rush);
        Duration duration = settings.warmUp().plus(measured);
        if (settings.scenarios().contains(Scenario.TEST_SESSIONS)) {
            populations.add(testSessions(load, measured));
        }
        if (settings.scenarios().contains(Scenario.MEASUREMENTS)) {
            preparation.ensureSystem(settings.ingestionSystem(), "Load test: booking-service's measurement feed");
            populations.add(measurementFeed(load, duration));
        }
        if (settings.scenarios().contains(Scenario.REPORTS)) {
            populations.add(reports(load, duration));
        }
        LOG.info("Run {}: step {} x {}: {} tests at once, {} clicks/s, {} rush bookings, {} s, at most {} requests",
                runId, settings.step(), settings.multiple(), load.tests(), String.format(Locale.ROOT, "%.1f", load.clicksPerSecond()),
                rush, duration.toSeconds(), settings.maxRequests());
        setUp(populations)
                .protocols(http.disableWarmUp().shareConnections().acceptHeader("application/json"))
                .maxDuration(settings.rushSpread().plus(duration).plus(STOP_GRACE));
    }

    /** The run's length: as asked, or shorter so that its requests stay within {@code load.max-requests}. */
    private Duration bounded(TestDayLoad load, long rush) {
        double perSecond = 0;
        if (settings.scenarios().contains(Scenario.TEST_SESSIONS)) {
            perSecond += load.clicksPerSecond();
        }
        if (settings.scenarios().contains(Scenario.MEASUREMENTS)) {
            perSecond += 1.0 / MEASUREMENT_INTERVAL.toSeconds();
        }
        if (settings.scenarios().contains(Scenario.REPORTS)) {
            perSecond += load.reportsPerSecond();
        }
        long left = settings.maxRequests() - rush;
        if (perSecond == 0 || left >= perSecond * settings.duration().toSeconds()) {
            return settings.duration();
        }
        return Duration.ofSeconds(Math.max(1, (long) (left / perSecond)));
    }

    private PopulationBuilder bookingRush(List<TestDayPreparation.RushBooking> bookings) {
        ChainBuilder book = CoreDsl.feed(listFeeder(bookings.stream().map(TestDayPreparation.RushBooking::asFeederRecord).toList()).queue())
                .exec(transaction("booking-rush", "book", session -> GUARANTEED,
                        http("book").post(settings.bookingUrl().resolve("/api/v1/bookings").toString())
                                .header("Authorization", "Bearer #{token}").header("Content-Type", "application/json")
                                .body(StringBody("{\"test\":\"" + settings.test() + "\",\"classId\":#{classId},\"slotStart\":\"#{slotStart}\"}")),
                        Set.of(201), Set.of(409)));
        OpenInjectionStep arrival = settings.rushSpread().isZero() ? atOnceUsers(bookings.size())
                : rampUsers(bookings.size()).during(settings.rushSpread());
        return scenario("booking-rush").exec(book).injectOpen(arrival);
    }

    /**
     * Clicks in running sessions, each test clicking {@code clicksPerMinute} times a minute; a click is a virtual user.
     * In the warm-up the clicks grow from none to that rate, as pupils log on (sent all at once, they made the generator
     * open a connection for nearly every click until the first were answered, thousands in a second).
     */
    private PopulationBuilder testSessions(TestDayLoad load, Duration duration) {
        String token = credentials.of("vendor-ops");
        ChainBuilder click = CoreDsl.feed(csv(settings.sessionsFile().orElseThrow().toAbsolutePath().toString()).circular())
                .exec(transaction("test-sessions", "click", session -> session.getString("userClass"),
                        http("click #{userClass}").post(settings.bookingUrl().resolve("/api/v1/test-sessions/").toString() + "#{id}/events")
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .body(StringBody("{\"kind\":\"ANSWER\"}")),
                        Set.of(204), Set.of(429)));
        var sessions = scenario("test-sessions").exec(click);
        Duration warmUp = settings.warmUp();
        int users = settings.concurrentUsers();
        if (users > 0) {
            return warmUp.isZero() ? sessions.injectClosed(constantConcurrentUsers(users).during(duration))
                    : sessions.injectClosed(rampConcurrentUsers(0).to(users).during(warmUp), constantConcurrentUsers(users).during(duration));
        }
        double rate = load.clicksPerSecond();
        return warmUp.isZero() ? sessions.injectOpen(constantUsersPerSec(rate).during(duration))
                : sessions.injectOpen(rampUsersPerSec(0).to(rate).during(warmUp), constantUsersPerSec(rate).during(duration));
    }

    /** booking-service's feed: one batch of the clicks' measurements every interval. */
    private PopulationBuilder measurementFeed(TestDayLoad load, Duration duration) {
        String token = credentials.of("vendor-ops");
        int samples = load.samplesPerBatch(MEASUREMENT_INTERVAL);
        ChainBuilder send = transaction("measurements", "ingest", session -> GUARANTEED,
                http("ingest").post(settings.slaUrl().resolve("/api/v1/measurements").toString())
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", session -> UUID.randomUUID().toString())
                        .body(StringBody(session -> batch(samples))),
                Set.of(200), Set.of());
        return scenario("measurements").exec(send)
                .injectOpen(constantUsersPerSec(1.0 / MEASUREMENT_INTERVAL.toSeconds()).during(duration));
    }

    private String batch(int samples) {
        StringBuilder json = new StringBuilder(samples * 150).append("{\"samples\":[");
        Instant now = Instant.now();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < samples; i++) {
            json.append(i == 0 ? "" : ",").append("{\"system\":\"").append(settings.ingestionSystem())
                    .append("\",\"interface\":\"B\",\"operation\":\"answer\",\"userClass\":\"")
                    .append(i % 4 == 0 ? "BEST_EFFORT" : GUARANTEED).append("\",\"at\":\"")
                    .append(now.minusMillis(random.nextLong(MEASUREMENT_INTERVAL.toMillis()))).append("\",\"durationMs\":")
                    .append(20 + random.nextInt(400)).append(",\"ok\":true}");
        }
        return json.append("]}").toString();
    }

    private PopulationBuilder reports(TestDayLoad load, Duration duration) {
        String token = credentials.of("ministry");
        String month = settings.reportMonth().toString();
        ChainBuilder fetch = CoreDsl.feed(listFeeder(REPORTS.stream().map(kind -> Map.<String, Object>of("kind", kind)).toList()).circular())
                .exec(transaction("reports", "report", session -> GUARANTEED,
                        http("report #{kind}").get(settings.reportUrl().resolve("/api/v1/reports/").toString() + "#{kind}?month=" + month)
                                .header("Authorization", "Bearer " + token),
                        Set.of(200), Set.of()));
        return scenario("reports").exec(fetch).injectOpen(constantUsersPerSec(load.reportsPerSecond()).during(duration));
    }

    /**
     * One request, measured: its outcome and response time go to the transaction log, whatever the answer. While
     * {@code load.max-in-flight} requests are unanswered no more are sent (each connection is an open file on both
     * sides); those are logged as unsent, and count as not answered.
     */
    private ChainBuilder transaction(String scenario, String operation, Function<Session, String> userClass,
            HttpRequestActionBuilder request, Set<Integer> ok, Set<Integer> refused) {
        Integer[] expected = ok.toArray(Integer[]::new);
        ChainBuilder send = exec(session -> session.set("sentAt", System.nanoTime()))
                .exec(request.check(status().saveAs("status"), status().in(expected)))
                .exec(session -> {
                    inFlight.decrementAndGet();
                    Duration elapsed = Duration.ofNanos(System.nanoTime() - session.getLong("sentAt"));
                    Integer status = session.contains("status") ? session.getInt("status") : null;
                    Outcome outcome = status == null ? Outcome.ERROR
                            : ok.contains(status) ? Outcome.OK : refused.contains(status) ? Outcome.REFUSED : Outcome.ERROR;
                    log.record(scenario, operation, userClass.apply(session), outcome, elapsed, Instant.now().minus(elapsed));
                    return session.remove("status");
                });
        ChainBuilder unsent = exec(session -> {
            inFlight.decrementAndGet();
            log.record(scenario, operation, userClass.apply(session), Outcome.UNSENT, Duration.ZERO, Instant.now());
            return session;
        });
        return doIfOrElse(session -> inFlight.incrementAndGet() <= settings.maxInFlight()).then(send).orElse(unsent);
    }

    @Override
    public void before() {
        measuredFrom = Instant.now().plus(settings.warmUp());
        log.measureFrom(measuredFrom);
    }

    @Override
    public void after() {
        Duration elapsed = Duration.between(measuredFrom, Instant.now());
        long sent = sendMeasurements();
        TransactionLog.Summary summary = log.summary(settings.step(), settings.multiple(), elapsed, sent, rushDay);
        settings.summaryFile().ifPresent(file -> {
            try {
                Files.write(file, PlatformCalls.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(summary));
            } catch (IOException e) {
                LOG.error("The summary could not be written to {}: {}", file, e.getMessage());
            }
        });
        System.out.println(summary.line());
    }

    /** Hands every transaction to sla-service as a measurement at interface D; answers how many it took. */
    private long sendMeasurements() {
        List<Measurement> measurements = log.drainMeasurements();
        String token = credentials.of("vendor-ops");
        long sent = 0;
        for (int from = 0; from < measurements.size(); from += MEASUREMENTS_PER_BATCH) {
            List<Measurement> batch = measurements.subList(from, Math.min(measurements.size(), from + MEASUREMENTS_PER_BATCH));
            try {
                calls.post(settings.slaUrl().resolve("/api/v1/measurements"), token, Map.of("samples", batch), Set.of(200),
                        "Idempotency-Key", "load-" + runId + "-" + from);
                sent += batch.size();
            } catch (RuntimeException e) {
                LOG.error("sla-service did not take {} measurements at interface D: {}", batch.size(), e.getMessage());
            }
        }
        return sent;
    }
}
