package dk.servicelevel.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.local.SigningKeys;

/**
 * Guaranteed and best-effort test sessions driven at half and at twice the load booking-service admits: the
 * guaranteed class's p95 in both, and the share of best-effort requests refused.
 *
 * <pre>BookingBenchmark BOOKING_URL JDBC_URL KEY_DIR ISSUER</pre>
 *
 * The sessions are written straight into booking-service's table: starting a session needs a running slot of a
 * school day, which a benchmark at any hour cannot count on, and the load of a test is its events (4 a minute), not
 * its start. The events go through the HTTP API and its admission control.
 */
public final class BookingBenchmark {

    enum UserClass {
        GUARANTEED,
        BEST_EFFORT
    }

    private static final int SESSIONS_PER_CLASS = 100;
    private static final Duration CALIBRATION = Duration.ofSeconds(10);
    private static final Duration PHASE = Duration.ofSeconds(15);
    private static final int CALIBRATION_WORKERS = 16;
    private static final long HIGHEST_MS = 60_000;
    private static final String TEST = "DANISH-READING-4";
    /**
     * One request in four is guaranteed: at twice the admitted load that is half of it, within the share admission
     * control keeps for booked sessions, as bookings never exceed the capacity.
     */
    private static final int GUARANTEED_EVERY = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(32)).build();
    private final String bookingUrl;
    private final String token;

    private BookingBenchmark(String bookingUrl, String token) {
        this.bookingUrl = bookingUrl;
        this.token = token;
    }

    /** What one phase measured per class. */
    record Phase(Map<UserClass, ConcurrentHistogram> latency, Map<UserClass, AtomicLong> sent, Map<UserClass, AtomicLong> refused) {

        static Phase empty() {
            Map<UserClass, ConcurrentHistogram> latency = new EnumMap<>(UserClass.class);
            Map<UserClass, AtomicLong> sent = new EnumMap<>(UserClass.class);
            Map<UserClass, AtomicLong> refused = new EnumMap<>(UserClass.class);
            for (UserClass userClass : UserClass.values()) {
                latency.put(userClass, new ConcurrentHistogram(HIGHEST_MS, 3));
                sent.put(userClass, new AtomicLong());
                refused.put(userClass, new AtomicLong());
            }
            return new Phase(latency, sent, refused);
        }

        double refusedShare(UserClass userClass) {
            return sent.get(userClass).get() == 0 ? 0 : (double) refused.get(userClass).get() / sent.get(userClass).get();
        }
    }

    public static void main(String[] args) throws Exception {
        SigningKeys keys = SigningKeys.in(Path.of(args[2]));
        String token = AccessTokens.sign("admin", "benchmark", null, args[3], Duration.ofHours(1), keys.privateKey());
        Map<UserClass, List<Long>> sessions = sessions(args[1]);
        BookingBenchmark benchmark = new BookingBenchmark(args[0], token);

        double admitted = benchmark.calibrate(sessions.get(UserClass.GUARANTEED));
        Phase half = benchmark.drive(sessions, admitted / 2);
        Phase twice = benchmark.drive(sessions, admitted * 2);
        line("admitted load (closed loop, " + CALIBRATION_WORKERS + " workers, guaranteed events)", format("%.0f requests/s", admitted));
        line(format("guaranteed p95 at half load (%.0f requests/s, a quarter guaranteed)", admitted / 2),
                format("%d ms", half.latency().get(UserClass.GUARANTEED).getValueAtPercentile(95)));
        line(format("guaranteed p95 at twice the load (%.0f requests/s, a quarter guaranteed)", admitted * 2),
                format("%d ms", twice.latency().get(UserClass.GUARANTEED).getValueAtPercentile(95)));
        line("guaranteed p95, twice / half the load", format("%.2f",
                (double) twice.latency().get(UserClass.GUARANTEED).getValueAtPercentile(95)
                        / Math.max(1, half.latency().get(UserClass.GUARANTEED).getValueAtPercentile(95))));
        line("best-effort requests refused at twice the load", format("%.1f %%", 100 * twice.refusedShare(UserClass.BEST_EFFORT)));
        line("guaranteed requests refused at twice the load", format("%.1f %%", 100 * twice.refusedShare(UserClass.GUARANTEED)));
        line("best-effort requests refused at half load", format("%.1f %%", 100 * half.refusedShare(UserClass.BEST_EFFORT)));
        System.exit(0);
    }

    /** The requests a second the service takes (not refuses) with guaranteed events only and a fixed number of workers. */
    private double calibrate(List<Long> guaranteed) throws Exception {
        Instant end = Instant.now().plus(CALIBRATION);
        AtomicLong answered = new AtomicLong();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < CALIBRATION_WORKERS; w++) {
            long session = guaranteed.get(w % guaranteed.size());
            workers.add(CompletableFuture.runAsync(() -> {
                while (Instant.now().isBefore(end)) {
                    if (http.sendAsync(event(session), HttpResponse.BodyHandlers.discarding()).join().statusCode() == 204) {
                        answered.incrementAndGet();
                    }
                }
            }, Executors.newSingleThreadExecutor()));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get();
        return answered.get() / (double) CALIBRATION.toSeconds();
    }

    /** Sends events at a fixed rate, alternating the classes, whatever the answers take (an open loop). */
    private Phase drive(Map<UserClass, List<Long>> sessions, double perSecond) throws Exception {
        Phase phase = Phase.empty();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = (long) (1e9 / perSecond);
        AtomicLong count = new AtomicLong();
        List<CompletableFuture<Void>> inFlight = Collections.synchronizedList(new ArrayList<>());
        ticker.scheduleAtFixedRate(() -> {
            long n = count.getAndIncrement();
            UserClass userClass = n % GUARANTEED_EVERY == 0 ? UserClass.GUARANTEED : UserClass.BEST_EFFORT;
            List<Long> ids = sessions.get(userClass);
            long sent = System.nanoTime();
            phase.sent().get(userClass).incrementAndGet();
            inFlight.add(http.sendAsync(event(ids.get((int) (n % ids.size()))), HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> {
                        if (response.statusCode() == 429) {
                            phase.refused().get(userClass).incrementAndGet();
                        } else {
                            phase.latency().get(userClass).recordValue(
                                    Math.min(HIGHEST_MS, (System.nanoTime() - sent) / 1_000_000));
                        }
                    })
                    .exceptionally(failure -> null));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        Thread.sleep(PHASE.toMillis());
        ticker.shutdownNow();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        return phase;
    }

    private HttpRequest event(long session) {
        return HttpRequest.newBuilder(URI.create(bookingUrl + "/api/v1/test-sessions/" + session + "/events"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ANSWER\"}")).build();
    }

    /** Running sessions of both classes for pupils of the demo month's classes. */
    private static Map<UserClass, List<Long>> sessions(String jdbcUrl) throws SQLException {
        Map<UserClass, List<Long>> sessions = new EnumMap<>(UserClass.class);
        Instant now = Instant.now();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement pupils = db.prepareStatement("SELECT pseudonym, institution_number FROM pupil ORDER BY pseudonym LIMIT ?");
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO test_session (pupil, test_code, institution_number, slot_start, user_class, state, started_at, version)
                        VALUES (?, ?, ?, ?, ?, 'STARTED', ?, 0) RETURNING id""")) {
            pupils.setInt(1, SESSIONS_PER_CLASS * UserClass.values().length);
            List<String[]> found = new ArrayList<>();
            try (ResultSet rows = pupils.executeQuery()) {
                while (rows.next()) {
                    found.add(new String[] { rows.getString(1), rows.getString(2) });
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("The booking database has no pupils: load the demo month (./platform reset; ./platform up)");
            }
            for (int i = 0; i < SESSIONS_PER_CLASS * UserClass.values().length; i++) {
                UserClass userClass = UserClass.values()[i % 2];
                String[] pupil = found.get(i % found.size());
                insert.setString(1, pupil[0]);
                insert.setString(2, TEST);
                insert.setString(3, pupil[1]);
                insert.setTimestamp(4, Timestamp.from(now.truncatedTo(ChronoUnit.HOURS)));
                insert.setString(5, userClass.name());
                insert.setTimestamp(6, Timestamp.from(now));
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    sessions.computeIfAbsent(userClass, c -> new ArrayList<>()).add(id.getLong(1));
                }
            }
        }
        return sessions;
    }

    private static void line(String what, String figure) {
        System.out.printf(Locale.ROOT, "%-75s %s%n", what, figure);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
