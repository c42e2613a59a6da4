package dk.servicelevel.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.load.TransactionLog.Figures;
import dk.servicelevel.load.TransactionLog.Summary;

/**
 * booking-service's benchmarks, each load played by the transaction generator (load-generator) in its own JVM: the
 * booking rush against the same SQL run by pgbench; the guaranteed class's p95 at twice the admitted load against
 * half of it; the share answered within 3 s at the step-2 peak (1,440 clicks a second) and the highest multiple of
 * it that keeps 95 % within 3 s; and the generator's transactions counted by sla-service at interface D.
 *
 * <pre>BookingBenchmark BOOKING_URL SLA_URL JDBC_URL KEY_DIR ISSUER</pre>
 */
public final class BookingBenchmark {

    private static final String STEP = "scaling-2";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String SESSIONS = "test-sessions";
    private static final String GUARANTEED = "GUARANTEED";
    private static final String BEST_EFFORT = "BEST_EFFORT";
    private static final int SESSIONS_STARTED = 400;
    /** One session in four is booked in the admission benchmark: at twice the admitted load that is half of it. */
    private static final double GUARANTEED_SHARE = 0.25;
    private static final int PGBENCH_CLIENTS = 20;
    private static final int CALIBRATION_USERS = 16;
    private static final int CALIBRATION_SECONDS = 10;
    private static final int PHASE_SECONDS = 15;
    private static final double HOLDING_SHARE = 0.95;
    private static final double LOWEST_MULTIPLE = 1.0 / 64;
    private static final double HIGHEST_MULTIPLE = 8;
    private static final int BISECTIONS = 2;

    private final LoadRun load;
    private final PlatformClient client;
    private final String bookingUrl;
    private final String slaUrl;
    private final String jdbcUrl;
    private final Path output;
    private final ObjectMapper json = new ObjectMapper();
    private double stepPeakClicks;

    private BookingBenchmark(LoadRun load, PlatformClient client, String bookingUrl, String slaUrl, String jdbcUrl, Path output) {
        this.load = load;
        this.client = client;
        this.bookingUrl = bookingUrl;
        this.slaUrl = slaUrl;
        this.jdbcUrl = jdbcUrl;
        this.output = output;
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of("target", "benchmarks", LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        LoadRun load = new LoadRun(output, Map.of("booking-url", args[0], "sla-url", args[1], "key-directory", args[3], "issuer", args[4]), false);
        BookingBenchmark benchmark = new BookingBenchmark(load, new PlatformClient(Path.of(args[3]), args[4]), args[0], args[1], args[2], output);
        long before = benchmark.interfaceD();
        benchmark.bookingRush();
        benchmark.admission();
        benchmark.peak();
        long sent = load.measurementsSent();
        long counted = benchmark.interfaceD() - before;
        line("generator's transactions handed to sla-service at interface D", format("%,d", sent));
        line("counted by sla-service at interface D (system NT, this month)", format("%,d", counted));
        line("generator's reports and logs", output.toString());
        System.exit(counted == sent ? 0 : 1);
    }

    private void bookingRush() throws Exception {
        Summary rush = load.run("booking-rush", Map.of("scenarios", "booking-rush", "step", STEP, "multiple", "1", "rush-spread-seconds", "0"));
        Figures bookings = rush.of("booking-rush", GUARANTEED).orElseThrow();
        JsonNode slots = json.readTree(client.get(bookingUrl + "/api/v1/slots?date=" + rush.rushDay()));
        List<Instant> starts = StreamSupport.stream(slots.spliterator(), false).map(slot -> Instant.parse(slot.path("start").asText())).toList();
        long capacity = slots.get(0).path("capacity").asLong();
        JsonNode model = json.readTree(client.get(bookingUrl + "/api/v1/capacity/model"));
        BookingRushSql sql = new BookingRushSql(jdbcUrl);
        long[] classes = sql.classesBookedOn(starts);
        BookingRushSql.Rush replay = new BookingRushSql.Rush(classes[0], classes[1], starts, 1,
                (int) Math.round(100 * model.path("peakHourShare").asDouble()), 24, capacity, "DANISH-READING-4");
        double pgbench = sql.transactionsPerSecond(replay, (int) bookings.requests(), PGBENCH_CLIENTS, output);
        int overbookedCopies = sql.slotsOverCapacity(BookingRushSql.SCRATCH_SCHEMA, starts, capacity);
        sql.dropCopies();
        int overbooked = sql.slotsOverCapacity(BookingRushSql.SERVICE_SCHEMA, starts, capacity);

        line(format("booking rush at %s: %,d classes book %s's slots at once", STEP, bookings.requests(), rush.rushDay()),
                format("%,.0f bookings/s", bookings.perSecond()));
        line(format("  booked / refused (slot full) / errors; p95"), format("%,d / %,d / %,d; %d ms", bookings.ok(), bookings.refused(),
                bookings.errors(), bookings.p95Millis()));
        line(format("the same SQL by pgbench (%d clients, copies of the tables)", PGBENCH_CLIENTS), format("%,.0f bookings/s", pgbench));
        line("booking rush / pgbench", format("%.2f", bookings.perSecond() / pgbench));
        line(format("slots over their capacity of %,d seats (service; pgbench's copies)", capacity), format("%d of %d; %d", overbooked,
                starts.size(), overbookedCopies));
    }

    private void admission() throws Exception {
        List<RunningSessions.Session> sessions = RunningSessions.start(jdbcUrl, SESSIONS_STARTED, GUARANTEED_SHARE);
        Path guaranteed = RunningSessions.write(sessions.stream().filter(s -> s.userClass().equals(GUARANTEED)).toList(),
                output.resolve("guaranteed-sessions.csv"));
        Path mixed = RunningSessions.write(sessions, output.resolve("mixed-sessions.csv"));
        stepPeakClicks = peakClicks();
        Summary calibration = load.run("calibration", sessionRun(guaranteed, 1, CALIBRATION_SECONDS, CALIBRATION_USERS));
        Figures calibrated = calibration.of(SESSIONS, GUARANTEED).orElseThrow();
        double admitted = calibrated.ok() / calibrated.seconds();
        Summary half = load.run("half-load", sessionRun(mixed, admitted / 2 / stepPeakClicks, PHASE_SECONDS, 0));
        Summary twice = load.run("twice-load", sessionRun(mixed, admitted * 2 / stepPeakClicks, PHASE_SECONDS, 0));
        long halfP95 = half.of(SESSIONS, GUARANTEED).orElseThrow().p95Millis();
        long twiceP95 = twice.of(SESSIONS, GUARANTEED).orElseThrow().p95Millis();

        line(format("admitted load (closed loop, %d users, guaranteed clicks)", CALIBRATION_USERS), format("%.0f requests/s", admitted));
        line(format("guaranteed p95 at half load (%.0f requests/s, a quarter guaranteed)", admitted / 2), format("%d ms", halfP95));
        line(format("guaranteed p95 at twice the load (%.0f requests/s, a quarter guaranteed)", admitted * 2), format("%d ms", twiceP95));
        line("guaranteed p95, twice / half the load", format("%.2f", (double) twiceP95 / Math.max(1, halfP95)));
        line("best-effort requests refused at twice the load", format("%.1f %%", 100 * refusedShare(twice, BEST_EFFORT)));
        line("guaranteed requests refused at twice the load", format("%.1f %%", 100 * refusedShare(twice, GUARANTEED)));
        line("best-effort requests refused at half load", format("%.1f %%", 100 * refusedShare(half, BEST_EFFORT)));
    }

    /**
     * The step-2 peak with every session booked: the share answered within 3 s; then the highest multiple holding 95 %,
     * found by doubling or halving until one holds and one does not, then bisecting between them.
     */
    private void peak() throws Exception {
        Summary atPeak = load.run("peak-x1", sessionRun(output.resolve("guaranteed-sessions.csv"), 1, PHASE_SECONDS, 0));
        double share = withinGuarantee(atPeak);
        line(format("answered within 3 s at the %s peak, %,.0f clicks/s for %d s", STEP, stepPeakClicks, PHASE_SECONDS),
                format("%.1f %% of %,d", 100 * share, atPeak.requests()));
        double holding = share >= HOLDING_SHARE ? 1 : 0;
        double failing = share >= HOLDING_SHARE ? 0 : 1;
        while (holding == 0 && failing / 2 >= LOWEST_MULTIPLE || failing == 0 && holding * 2 <= HIGHEST_MULTIPLE) {
            double multiple = holding == 0 ? failing / 2 : holding * 2;
            if (holdsAt(multiple)) {
                holding = multiple;
            } else {
                failing = multiple;
            }
        }
        for (int step = 0; step < BISECTIONS && holding > 0 && failing > 0; step++) {
            double multiple = (holding + failing) / 2;
            if (holdsAt(multiple)) {
                holding = multiple;
            } else {
                failing = multiple;
            }
        }
        line(format("highest multiple of the %s peak with 95 %% within 3 s (x1/64 ... x8)", STEP),
                holding == 0 ? "below x1/64" : format("x%.3f (%,.0f clicks/s)", holding, holding * stepPeakClicks));
    }

    private boolean holdsAt(double multiple) throws Exception {
        Summary run = load.run(format("peak-x%.3f", multiple), sessionRun(output.resolve("guaranteed-sessions.csv"), multiple, PHASE_SECONDS, 0));
        double share = withinGuarantee(run);
        line(format("  at x%.3f the peak (%,.0f clicks/s)", multiple, multiple * stepPeakClicks), format("%.1f %% within 3 s", 100 * share));
        return share >= HOLDING_SHARE;
    }

    private Map<String, String> sessionRun(Path sessions, double multiple, int seconds, int concurrentUsers) {
        Map<String, String> settings = new HashMap<>(Map.of("scenarios", SESSIONS, "step", STEP, "multiple", format("%.6f", multiple),
                "duration-seconds", String.valueOf(seconds), "sessions-file", sessions.toAbsolutePath().toString()));
        if (concurrentUsers > 0) {
            settings.put("concurrent-users", String.valueOf(concurrentUsers));
        }
        return settings;
    }

    private double peakClicks() throws Exception {
        JsonNode steps = json.readTree(client.get(bookingUrl + "/api/v1/capacity/steps"));
        return StreamSupport.stream(steps.spliterator(), false).filter(step -> step.path("name").asText().equals(STEP))
                .findFirst().orElseThrow().path("peakClicksPerSecond").asDouble();
    }

    /** Answered as asked within 3 s, of every request of the load (refused, failed and unsent ones are not). */
    private static double withinGuarantee(Summary run) {
        long requests = run.requests();
        double within = run.figures().stream().mapToDouble(f -> f.okWithinGuarantee() * f.requests()).sum();
        return requests == 0 ? 0 : within / requests;
    }

    private static double refusedShare(Summary run, String userClass) {
        return run.of(SESSIONS, userClass).map(f -> f.requests() == 0 ? 0 : (double) f.refused() / f.requests()).orElse(0.0);
    }

    /** The operations sla-service counts for the portal at interface D this month. */
    private long interfaceD() throws Exception {
        JsonNode counts = json.readTree(client.get(slaUrl + "/api/v1/measurements/counts?system=NT&month=" + YearMonth.now(PORTAL_ZONE)));
        return counts.path("byInterface").path("D").asLong();
    }

    private static void line(String what, String figure) {
        System.out.printf(Locale.ROOT, "%-75s %s%n", what, figure);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
