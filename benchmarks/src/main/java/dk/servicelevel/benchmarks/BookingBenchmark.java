package dk.servicelevel.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.load.TransactionLog.Figures;
import dk.servicelevel.load.TransactionLog.Summary;

/**
 * booking-service's benchmarks, each load played by the transaction generator (load-generator) in its own JVM: the
 * booking rush against the same SQL run by pgbench; the guaranteed class under overload: booked clicks at half the
 * admitted load with unbooked ones on top up to 4x, its p95 against the booked load alone, and the curve; the share answered within 3 s at the step-2 peak (1,440 clicks a second) and the highest multiple of
 * it that keeps 95 % within 3 s; and the generator's transactions counted by sla-service at interface D.
 *
 * <pre>BookingBenchmark BOOKING_URL SLA_URL JDBC_URL KEY_DIR ISSUER [BOOKING_SERVICE_PID_FILE, for a JFR profile]</pre>
 *
 * {@code -Dbenchmark.parts=cold,rush,overload,peak} (all by default) runs some of them; {@code cold} restarts
 * booking-service (through {@code ./platform restart}) and measures it fresh beside warm.
 */
public final class BookingBenchmark {

    private static final String ALL_PARTS = "cold,rush,overload,peak";
    /** The Temurin 25 JDK that runs booking-service with the JDK's AOT cache; without it, that start is left out. */
    private static final Path AOT_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final Pattern READY_AFTER = Pattern.compile("ready (\\d+) ms after its start");
    /** A fresh replica's first minute of clicks, and as long on the same replica warm. */
    private static final int FIRST_MINUTE_SECONDS = 60;
    private static final int TRAINING_SECONDS = 30;
    private static final String GUARANTEED_SESSIONS = "guaranteed-sessions.csv";
    private static final String STEP = "scaling-2";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String SESSIONS = "test-sessions";
    private static final String GUARANTEED = "GUARANTEED";
    private static final String BEST_EFFORT = "BEST_EFFORT";
    /** Booked clicks are held at half the admitted load: bookings keep them within capacity. */
    private static final double GUARANTEED_MULTIPLE = 0.5;
    private static final int PROFILE_AREAS = 8;
    /** The generator's latencies are microseconds; a ratio is not taken of less than this. */
    private static final double LATENCY_RESOLUTION_MILLIS = 0.1;
    private static final int PGBENCH_CLIENTS = 20;
    private static final int CALIBRATION_USERS = 16;
    private static final double HOLDING_SHARE = 0.95;
    private static final double LOWEST_MULTIPLE = 1.0 / 64;

    /**
     * How much each part does. {@code sessionsStarted} of each class run the clicks; the overload is calibrated by
     * {@code calibrations} closed loops (the closed loop's rate follows the latency of its moment: three 10 s runs in a
     * row measured 1,668, 1,995 and 2,827 requests/s, docs/load-and-benchmarks.md) and offered the multiples of the
     * admitted load, the first being the booked load alone; the first and the last are run {@code overloadRepeats} times; each click
     * run lasts {@code phaseSeconds} after a warm-up of {@code warmUpSeconds}, counted apart (in a run's first two
     * seconds the generator's new JVM and its connections starting showed as latency even with the booked load alone,
     * its p95 then 120 ms); the peak's search goes up to {@code highestMultiple} and bisects {@code bisections} times;
     * the rush books for at most {@code rushClasses} classes.
     */
    record Scale(int sessionsStarted, int calibrations, int calibrationSeconds, List<Double> overloadMultiples, int overloadRepeats,
            int phaseSeconds, int warmUpSeconds, double highestMultiple, int bisections, long rushClasses) {
        static final Scale FULL = new Scale(400, 3, 10, List.of(0.5, 1.0, 2.0, 3.0, 4.0), 3, 15, 4, 16, 2, Long.MAX_VALUE);
        /** Every part's steps at a size that runs in a minute or two (./platform test), so that none can break unseen. */
        static final Scale SMOKE = new Scale(20, 1, 2, List.of(0.5, 4.0), 1, 2, 1, 1, 0, 24);
    }

    /** What the generator handed to sla-service at interface D, and what sla-service counted of it. */
    record InterfaceD(long sent, long counted) {
    }

    private final Scale scale;
    private final LoadRun load;
    private final PlatformClient client;
    private final String bookingUrl;
    private final String slaUrl;
    private final String jdbcUrl;
    private final Path output;
    private final Path bookingPidFile;
    private final ObjectMapper json = new ObjectMapper();
    private double stepPeakClicks;
    private List<RunningSessions.Session> sessions;
    /** The overload's runs at each multiple of the admitted load. */
    private final Map<Double, List<Summary>> phases = new HashMap<>();

    private BookingBenchmark(Scale scale, LoadRun load, PlatformClient client, String bookingUrl, String slaUrl, String jdbcUrl, Path output,
            Path bookingPidFile) {
        this.scale = scale;
        this.load = load;
        this.client = client;
        this.bookingUrl = bookingUrl;
        this.slaUrl = slaUrl;
        this.jdbcUrl = jdbcUrl;
        this.output = output;
        this.bookingPidFile = bookingPidFile;
    }

    public static void main(String[] args) throws Exception {
        String named = System.getProperty("benchmark.parts", "");
        InterfaceD interfaceD = run(args[0], args[1], args[2], Path.of(args[3]), args[4], args.length > 5 ? Path.of(args[5]) : null,
                Scale.FULL, named.isBlank() ? ALL_PARTS : named);
        System.exit(interfaceD.counted() == interfaceD.sent() ? 0 : 1);
    }

    /** The parts named (of {@value #ALL_PARTS}), their lines printed; the generator's transactions at interface D. */
    static InterfaceD run(String bookingUrl, String slaUrl, String jdbcUrl, Path keyDirectory, String issuer, Path bookingPidFile,
            Scale scale, String parts) throws Exception {
        Path output = Path.of("target", "benchmarks", LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        LoadRun load = new LoadRun(output, Map.of("booking-url", bookingUrl, "sla-url", slaUrl, "key-directory", keyDirectory.toString(),
                "issuer", issuer), false);
        BookingBenchmark benchmark = new BookingBenchmark(scale, load, new PlatformClient(keyDirectory, issuer), bookingUrl, slaUrl, jdbcUrl,
                output, bookingPidFile);
        List<String> named = List.of(parts.split(","));
        LoadTestRecords.remove(jdbcUrl);
        long before = benchmark.interfaceD();
        try {
            if (named.contains("cold")) {
                benchmark.freshReplica();
            }
            if (named.contains("rush")) {
                benchmark.bookingRush();
            }
            if (named.contains("overload")) {
                benchmark.overload();
            }
            if (named.contains("peak")) {
                benchmark.peak();
            }
        } finally {
            LoadTestRecords.remove(jdbcUrl);
        }
        long sent = load.measurementsSent();
        long counted = benchmark.interfaceD() - before;
        line("generator's transactions handed to sla-service at interface D", format("%,d", sent));
        line("counted by sla-service at interface D (system NT, this month)", format("%,d", counted));
        line("generator's reports and logs", output.toString());
        return new InterfaceD(sent, counted);
    }

    /**
     * Two rushes, each on a day of its own: the first on a service that has not booked since it started, the second
     * once the booking path is compiled; pgbench replays the second.
     */
    private void bookingRush() throws Exception {
        Figures cold = rush("booking-rush-cold").of("booking-rush", GUARANTEED).orElseThrow();
        Summary rush = rush("booking-rush");
        Figures bookings = rush.of("booking-rush", GUARANTEED).orElseThrow();
        JsonNode slots = json.readTree(client.get(bookingUrl + "/api/v1/slots?date=" + rush.rushDay()));
        List<Instant> starts = StreamSupport.stream(slots.spliterator(), false).map(slot -> Instant.parse(slot.path("start").asText())).toList();
        long capacity = slots.get(0).path("capacity").asLong();
        JsonNode model = json.readTree(client.get(bookingUrl + "/api/v1/capacity/model"));
        BookingRushSql sql = new BookingRushSql(jdbcUrl);
        BookingRushSql.Rush replay = new BookingRushSql.Rush(sql.firstClassBookedOn(starts), starts, 1,
                (int) Math.round(100 * model.path("peakHourShare").asDouble()), 24, capacity, "DANISH-READING-4",
                sql.termOf(LocalDate.parse(rush.rushDay())));
        double pgbench = sql.transactionsPerSecond(replay, (int) bookings.requests(), PGBENCH_CLIENTS, output);
        int overbookedCopies = sql.slotsOverCapacity(BookingRushSql.SCRATCH_SCHEMA, starts, capacity);
        sql.dropCopies();
        int overbooked = sql.slotsOverCapacity(BookingRushSql.SERVICE_SCHEMA, starts, capacity);

        line(format("booking rush at %s, the first of the run", STEP), format("%,.0f bookings/s", cold.perSecond()));
        line(format("  booked / refused (slot full) / errors; p95"), format("%,d / %,d / %,d; %,.0f ms", cold.ok(), cold.refused(),
                cold.errors(), cold.p95Millis()));
        line(format("booking rush at %s: %,d classes book %s's slots at once", STEP, bookings.requests(), rush.rushDay()),
                format("%,.0f bookings/s", bookings.perSecond()));
        line(format("  booked / refused (slot full) / errors; p95"), format("%,d / %,d / %,d; %,.0f ms", bookings.ok(), bookings.refused(),
                bookings.errors(), bookings.p95Millis()));
        line(format("the same SQL by pgbench (%d clients, copies of the tables)", PGBENCH_CLIENTS), format("%,.0f bookings/s", pgbench));
        line("booking rush / pgbench", format("%.2f", bookings.perSecond() / pgbench));
        line(format("slots over their capacity of %,d seats (service; pgbench's copies)", capacity), format("%d of %d; %d", overbooked,
                starts.size(), overbookedCopies));
    }

    /** How booking-service is started anew: on which JDK, with or without the AOT cache its warm-up trained. */
    private record Start(String name, Map<String, String> environment, Map<String, String> training) {
    }

    /**
     * booking-service started anew, as a replica the autoscaler adds or a rolling update replaces: its time to ready,
     * then on the fresh process the first rush and the first minute of the step's peak clicks (every session booked),
     * then the same on it warm; on the platform's JDK, and on JDK 25 with the AOT cache a training start wrote.
     */
    private void freshReplica() throws Exception {
        runningSessions();
        List<Start> starts = new ArrayList<>(List.of(new Start("JDK 17, no AOT cache", Map.of("PLATFORM_AOT", "off"), null)));
        if (Files.isDirectory(AOT_JDK)) {
            String jdk = AOT_JDK.toString();
            starts.add(new Start("JDK 25, AOT cache", Map.of("PLATFORM_JAVA_HOME", jdk, "PLATFORM_AOT", "on"),
                    Map.of("PLATFORM_JAVA_HOME", jdk, "PLATFORM_AOT", "train")));
        }
        for (Start start : starts) {
            if (start.training() != null) {
                train(start);
            }
            long readyMillis = restart(start.environment());
            String name = start.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
            Figures coldRush = rush("fresh-rush-" + name).of("booking-rush", GUARANTEED).orElseThrow();
            Figures coldClicks = firstMinute("fresh-clicks-" + name);
            Figures warmRush = rush("warm-rush-" + name).of("booking-rush", GUARANTEED).orElseThrow();
            Figures warmClicks = firstMinute("warm-clicks-" + name);
            line(format("a fresh booking-service (%s): start to ready, warm-up included", start.name()), format("%,d ms", readyMillis));
            line("  its first rush: answered within the deadline; bookings/s fresh / warm", format("%.1f %% (%,d of %,d); %.2f (%,.0f / %,.0f)",
                    100.0 * (coldRush.requests() - coldRush.errors()) / coldRush.requests(), coldRush.requests() - coldRush.errors(),
                    coldRush.requests(), coldRush.perSecond() / warmRush.perSecond(), coldRush.perSecond(), warmRush.perSecond()));
            line(format("  its first minute of clicks at the %s peak: guaranteed p95 fresh / warm", STEP), format("%.2f (%.1f ms / %.1f ms)",
                    coldClicks.p95Millis() / Math.max(LATENCY_RESOLUTION_MILLIS, warmClicks.p95Millis()), coldClicks.p95Millis(),
                    warmClicks.p95Millis()));
        }
        restart(Map.of("PLATFORM_AOT", "off"));
    }

    /**
     * The training start that writes the AOT cache when it stops: its warm-up, then a rush and clicks on it, as the
     * integration tests of an image's build would book and click against a database of their own.
     */
    private void train(Start start) throws Exception {
        restart(start.training());
        String name = start.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
        rush("training-rush-" + name);
        load.run("training-clicks-" + name, sessionRun(output.resolve(GUARANTEED_SESSIONS), 1, TRAINING_SECONDS, 0));
    }

    private Figures firstMinute(String name) throws Exception {
        return load.run(name, sessionRun(output.resolve(GUARANTEED_SESSIONS), 1, FIRST_MINUTE_SECONDS, 0)).of(SESSIONS, GUARANTEED).orElseThrow();
    }

    /** Restarts booking-service through the platform's script and answers how long it took from its start to ready. */
    private long restart(Map<String, String> environment) throws Exception {
        ProcessBuilder platform = new ProcessBuilder("./platform", "restart", "booking-service").redirectErrorStream(true);
        platform.environment().putAll(environment);
        Process restart = platform.start();
        String said = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (restart.waitFor() != 0) {
            throw new IllegalStateException("booking-service did not start again: " + said);
        }
        Matcher ready = READY_AFTER.matcher(said);
        if (!ready.find()) {
            throw new IllegalStateException("The platform did not say when booking-service was ready: " + said);
        }
        return Long.parseLong(ready.group(1));
    }

    private Summary rush(String name) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of("scenarios", "booking-rush", "step", STEP, "multiple", "1", "rush-spread-seconds", "0"));
        if (scale.rushClasses() < Long.MAX_VALUE) {
            settings.put("max-requests", String.valueOf(scale.rushClasses()));
        }
        return load.run(name, settings);
    }

    /**
     * Booked (guaranteed) clicks held at half the admitted load, unbooked (best-effort) clicks added on top until the
     * offered total is 1x to 4x the admitted load: the guaranteed class must keep its response times whatever comes on top.
     * The booked load alone and the 4x are run as often as the scale says (three times in full), alternately, and their medians compared:
     * one 15 s run's p95 moves with a single stall of the shared CPU (a vacuum, a burst of the measurement feed).
     */
    private void overload() throws Exception {
        List<RunningSessions.Session> started = runningSessions();
        Path guaranteed = output.resolve(GUARANTEED_SESSIONS);
        List<Figures> calibrations = new ArrayList<>();
        for (int run = 1; run <= scale.calibrations(); run++) {
            calibrations.add(load.run("calibration-" + run, sessionRun(guaranteed, 1, scale.calibrationSeconds(), CALIBRATION_USERS))
                    .of(SESSIONS, GUARANTEED).orElseThrow());
        }
        ToDoubleFunction<Figures> answered = calibrated -> calibrated.ok() / calibrated.seconds();
        double admitted = median(calibrations, answered);
        line(format("admitted load (closed loop, %d users, guaranteed clicks; median of %d runs)", CALIBRATION_USERS, scale.calibrations()),
                format("%,.0f requests/s (%s)", admitted, String.join(", ", calibrations.stream()
                        .map(calibrated -> format("%,.0f", answered.applyAsDouble(calibrated))).toList())));

        List<OverloadCurve.Point> curve = new ArrayList<>();
        for (double multiple : scale.overloadMultiples()) {
            RunningSessions.write(RunningSessions.mix(started, GUARANTEED_MULTIPLE / multiple), sessionsAt(multiple));
            curve.add(point(multiple, phase(multiple, admitted, 1)));
        }
        double lowest = scale.overloadMultiples().get(0);
        double highest = scale.overloadMultiples().get(scale.overloadMultiples().size() - 1);
        List<Figures> alone = new ArrayList<>(List.of(phases.get(lowest).get(0).of(SESSIONS, GUARANTEED).orElseThrow()));
        List<Summary> atHighest = new ArrayList<>(phases.get(highest));
        for (int repeat = 2; repeat <= scale.overloadRepeats(); repeat++) {
            alone.add(phase(lowest, admitted, repeat).of(SESSIONS, GUARANTEED).orElseThrow());
            atHighest.add(phase(highest, admitted, repeat));
        }
        List<Figures> booked = atHighest.stream().map(run -> run.of(SESSIONS, GUARANTEED).orElseThrow()).toList();
        List<Figures> unbooked = atHighest.stream().map(run -> run.of(SESSIONS, BEST_EFFORT).orElseThrow()).toList();
        double aloneP95 = median(alone, Figures::p95Millis);
        double bookedP95 = median(booked, Figures::p95Millis);
        line(format("guaranteed p95, 4x offered / booked load alone (medians of %d runs each)", scale.overloadRepeats()), format("%.2f (%.1f ms / %.1f ms)",
                bookedP95 / Math.max(LATENCY_RESOLUTION_MILLIS, aloneP95), bookedP95, aloneP95));
        line("guaranteed clicks answered within 3 s at 4x (the lowest of the runs); refused", format("%.2f %%; %d",
                100 * booked.stream().mapToDouble(Figures::okWithinGuarantee).min().orElseThrow(), booked.stream().mapToLong(Figures::refused).sum()));
        line("best-effort refusals at 4x: p95 of the 429 answers (median)", format("%.1f ms", median(unbooked, Figures::refusedP95Millis)));
        line("overload curve", OverloadCurve.write(curve, output.resolve("overload-curve.png")).toString());
        profiled(format("profiled-x%.1f", highest), sessionRun(sessionsAt(highest), highest * admitted / stepPeakClicks, scale.phaseSeconds(), 0));
    }

    /** One run of the clicks at a multiple of the admitted load, its line printed. */
    private Summary phase(double multiple, double admitted, int repeat) throws Exception {
        String name = format("overload-x%.1f", multiple) + (repeat > 1 ? "-" + repeat : "");
        Summary summary = load.run(name, sessionRun(sessionsAt(multiple), multiple * admitted / stepPeakClicks, scale.phaseSeconds(), 0));
        phases.computeIfAbsent(multiple, m -> new ArrayList<>()).add(summary);
        Figures booked = summary.of(SESSIONS, GUARANTEED).orElseThrow();
        Figures unbooked = summary.of(SESSIONS, BEST_EFFORT).orElse(null);
        line(format("  x%.1f%s: %,.0f requests/s offered, %,.0f sent", multiple, repeat > 1 ? " again" : "", multiple * admitted,
                summary.perSecond()), format(
                "guaranteed p95 %.1f ms, %.2f %% within 3 s, %d refused; best-effort %s; guaranteed p95 in the warm-up %.1f ms",
                booked.p95Millis(), 100 * booked.okWithinGuarantee(), booked.refused(), unbooked == null ? "none"
                        : format("%.1f %% refused, refusals p95 %.1f ms", 100.0 * unbooked.refused() / Math.max(1, unbooked.requests()),
                                unbooked.refusedP95Millis()), warmUp(summary).p95Millis()));
        return summary;
    }

    private Path sessionsAt(double multiple) {
        return output.resolve(format("sessions-x%.1f.csv", multiple));
    }

    private static double median(List<Figures> runs, ToDoubleFunction<Figures> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** A run again with booking-service's CPU recorded by JFR, and where its time went (apart: recording costs CPU too). */
    private void profiled(String name, Map<String, String> run) throws Exception {
        Path recording = output.resolve(name + ".jfr").toAbsolutePath();
        if (bookingPidFile == null) {
            return;
        }
        // read now: the fresh replica's part started booking-service anew
        String bookingPid = Files.readString(bookingPidFile).strip();
        jcmd(bookingPid, "JFR.start", "name=" + name, "settings=profile", "filename=" + recording);
        load.run(name, run);
        jcmd(bookingPid, "JFR.stop", "name=" + name);
        ProfileSummary.of(recording).entrySet().stream().limit(PROFILE_AREAS)
                .forEach(area -> line("  booking-service's CPU samples at " + name + ": " + area.getKey(), format("%.0f %%", 100 * area.getValue())));
    }

    private static void jcmd(String pid, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), pid));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed for process " + pid);
        }
    }

    private static Figures warmUp(Summary run) {
        return run.warmUp().stream().filter(f -> f.scenario().equals(SESSIONS) && f.userClass().equals(GUARANTEED)).findFirst().orElseThrow();
    }

    private static OverloadCurve.Point point(double multiple, Summary run) {
        Figures booked = run.of(SESSIONS, GUARANTEED).orElseThrow();
        Optional<Figures> unbooked = run.of(SESSIONS, BEST_EFFORT);
        return new OverloadCurve.Point(multiple, run.perSecond(), booked.ok() / booked.seconds(),
                unbooked.map(f -> f.ok() / f.seconds()).orElse(0.0), unbooked.map(f -> f.refused() / f.seconds()).orElse(0.0),
                booked.p95Millis());
    }

    /**
     * The sessions the click runs play, started once for the overload and the peak: half booked (their file is
     * {@code guaranteed-sessions.csv}), half not; and the step's peak clicks a second.
     */
    private List<RunningSessions.Session> runningSessions() throws Exception {
        if (sessions == null) {
            sessions = RunningSessions.start(jdbcUrl, 2 * scale.sessionsStarted(), 0.5);
            RunningSessions.write(sessions.stream().filter(s -> s.userClass().equals(GUARANTEED)).toList(), output.resolve(GUARANTEED_SESSIONS));
            stepPeakClicks = peakClicks();
        }
        return sessions;
    }

    /**
     * The step-2 peak with every session booked: the share answered within 3 s; then the highest multiple holding 95 %,
     * found by doubling or halving until one holds and one does not, then bisecting between them.
     */
    private void peak() throws Exception {
        runningSessions();
        Summary atPeak = load.run("peak-x1", sessionRun(output.resolve(GUARANTEED_SESSIONS), 1, scale.phaseSeconds(), 0));
        double share = withinGuarantee(atPeak);
        line(format("answered within 3 s at the %s peak, %,.0f clicks/s for %d s", STEP, stepPeakClicks, scale.phaseSeconds()),
                format("%.1f %% of %,d", 100 * share, atPeak.requests()));
        double holding = share >= HOLDING_SHARE ? 1 : 0;
        double failing = share >= HOLDING_SHARE ? 0 : 1;
        while (holding == 0 && failing / 2 >= LOWEST_MULTIPLE || failing == 0 && holding * 2 <= scale.highestMultiple()) {
            double multiple = holding == 0 ? failing / 2 : holding * 2;
            if (holdsAt(multiple)) {
                holding = multiple;
            } else {
                failing = multiple;
            }
        }
        for (int step = 0; step < scale.bisections() && holding > 0 && failing > 0; step++) {
            double multiple = (holding + failing) / 2;
            if (holdsAt(multiple)) {
                holding = multiple;
            } else {
                failing = multiple;
            }
        }
        line(format("highest multiple of the %s peak with 95 %% within 3 s (x1/64 ... x%.0f)", STEP, scale.highestMultiple()),
                holding == 0 ? "below x1/64" : format("x%.3f (%,.0f clicks/s)", holding, holding * stepPeakClicks));
    }

    private boolean holdsAt(double multiple) throws Exception {
        Summary run = load.run(format("peak-x%.3f", multiple), sessionRun(output.resolve(GUARANTEED_SESSIONS), multiple, scale.phaseSeconds(), 0));
        double share = withinGuarantee(run);
        line(format("  at x%.3f the peak (%,.0f clicks/s)", multiple, multiple * stepPeakClicks), format("%.1f %% within 3 s", 100 * share));
        return share >= HOLDING_SHARE;
    }

    private Map<String, String> sessionRun(Path sessions, double multiple, int seconds, int concurrentUsers) {
        Map<String, String> settings = new HashMap<>(Map.of("scenarios", SESSIONS, "step", STEP, "multiple", format("%.6f", multiple),
                "duration-seconds", String.valueOf(seconds), "warm-up-seconds", String.valueOf(scale.warmUpSeconds()),
                "sessions-file", sessions.toAbsolutePath().toString()));
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
