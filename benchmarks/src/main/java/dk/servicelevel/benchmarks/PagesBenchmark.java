package dk.servicelevel.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The public status page with hundreds of systems, against the running local platform: loads 300 systems with an SLA
 * each and 12 months of incidents (once; a later run finds them), waits until the status board has computed them,
 * then times the page to its last byte, warm (after as many requests unmeasured) and right after an incident changes,
 * one request at a time.
 *
 * <pre>PagesBenchmark REPORT_URL SLA_URL INCIDENT_URL KEY_DIR ISSUER</pre>
 */
public final class PagesBenchmark {

    private static final int SETUP_THREADS = 4;
    private static final int CONCURRENT_FILINGS = 4;
    /** The kinds of report a month's filing files. */
    private static final List<String> REPORT_KINDS = List.of("MONTHLY_OPERATIONS", "MONTHLY_STATUS", "FAULT_LOG", "USAGE", "ACTIVITY");
    private static final String CODE_PREFIX = "PG-";
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final long NANOS_PER_MILLI = 1_000_000;

    /**
     * How much it loads and times: systems with months of incidents, requests timed warm, how long it times the pages
     * after an incident changes, how long the board may take to compute and how often it is asked.
     */
    record Scale(int systems, int months, int requests, Duration afterChange, Duration computedWithin, Duration poll, int reportRequests,
            List<String> filedKinds) {
        static final Scale FULL = new Scale(300, 12, 200, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofSeconds(5), 20,
                REPORT_KINDS);
        /** The same steps at a size that runs in seconds (./platform test), so that none can break unseen. */
        static final Scale SMOKE = new Scale(3, 2, 10, Duration.ofSeconds(2), Duration.ofMinutes(3), Duration.ofSeconds(1), 1,
                List.of("MONTHLY_OPERATIONS"));
    }

    /** The figures of one run: the systems on the board, the warm overview's p95 and the reports' figures. */
    record Figures(int systems, double statusP95Millis, ReportFigures reports) {
    }

    /**
     * The warm p95 of the monthly operations report as JSON and as PDF, a month's filing, and of four filings at once
     * those answered 2xx and the versions they made.
     */
    record ReportFigures(double jsonP95Millis, double pdfP95Millis, double filingSeconds, int concurrentFilingsAnswered,
            int versionsOfConcurrentFilings) {
    }

    private final PlatformClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String report;
    private final String sla;
    private final String incident;
    private final Scale scale;
    private final SplittableRandom random = new SplittableRandom(20261202);
    private int firstPending = -1;

    private PagesBenchmark(PlatformClient client, String report, String sla, String incident, Scale scale) {
        this.client = client;
        this.scale = scale;
        this.report = report;
        this.sla = sla;
        this.incident = incident;
    }

    public static void main(String[] args) throws Exception {
        run(new PlatformClient(Path.of(args[3]), args[4]), args[0], args[1], args[2], Scale.FULL);
    }

    /** The benchmark at a scale, its lines printed. */
    static Figures run(PlatformClient client, String report, String sla, String incident, Scale scale) throws Exception {
        return new PagesBenchmark(client, report, sla, incident, scale).run();
    }

    private Figures run() throws Exception {
        YearMonth current = YearMonth.now(ZONE);
        Instant loading = Instant.now();
        boolean loaded = load(current);
        line(loaded ? format("loaded %d systems with an SLA and %,d incidents over %d months", scale.systems(),
                scale.systems() * scale.months(), scale.months())
                : format("found %d systems with an SLA and %d months of incidents loaded before", scale.systems(), scale.months()),
                format("%.0f s", seconds(loading)));
        Instant computing = Instant.now();
        JsonNode board = computed();
        line(format("status board has every system's figures (%d systems, %d pending when first asked)",
                board.path("systems").size(), firstPending), format("%.0f s", seconds(computing)));

        String system = code(scale.systems() / 2);
        int requests = scale.requests();
        timed("/status", requests);
        timed("/status/" + system, requests);
        Histogram warm = timed("/status", requests);
        line(format("warm: GET /status, %d systems (%,d bytes), p50 / p95 / max of %d", board.path("systems").size(),
                get("/status").length(), requests), figures(warm));
        line(format("warm: GET /status/%s, one system's %d months, p50 / p95 / max of %d", system, scale.months(), requests),
                figures(timed("/status/" + system, requests)));

        String id = registerIncidentNow(system);
        Instant changed = Instant.now();
        Histogram overview = new Histogram(3);
        Histogram systemPage = new Histogram(3);
        double visibleAfter = Double.NaN;
        while (Duration.between(changed, Instant.now()).compareTo(scale.afterChange()) < 0) {
            time("/status", overview);
            String page = time("/status/" + system, systemPage);
            if (Double.isNaN(visibleAfter) && page.contains("narrative-" + id)) {
                visibleAfter = seconds(changed);
            }
        }
        line(format("right after an incident changes (%.0f s): GET /status, p50 / p95 / max of %d", (double) scale.afterChange().toSeconds(),
                overview.getTotalCount()), figures(overview));
        line(format("right after an incident changes: GET /status/%s, p50 / p95 / max of %d", system, systemPage.getTotalCount()),
                figures(systemPage));
        line("the new incident on the system's page after", Double.isNaN(visibleAfter) ? "not within the run"
                : format("%.1f s", visibleAfter));
        return new Figures(board.path("systems").size(), millis(warm.getValueAtPercentile(95)), reports(current.minusMonths(1)));
    }

    /**
     * The ministry's reports of the month before, over every system loaded: the monthly operations report as JSON and as
     * PDF (warm: as many requests unmeasured first), the month's filing of the scale's kinds, then four filings sent at
     * once, which file one more version of each kind (a filing that finds a version filed after it was asked answers
     * that one) and are each answered 201.
     */
    private ReportFigures reports(YearMonth month) throws Exception {
        Histogram asJson = warmAndTimed(report + "/api/v1/reports/monthly-operations?month=" + month);
        line(format("warm: the monthly operations report of %s as JSON, %d systems, p50 / p95 / max of %d", month, scale.systems(),
                scale.reportRequests()), figures(asJson));
        Histogram asPdf = warmAndTimed(report + "/api/v1/reports/monthly-operations/document?format=pdf&month=" + month);
        line(format("warm: the same as PDF, p50 / p95 / max of %d", scale.reportRequests()), figures(asPdf));

        byte[] filing = json.writeValueAsBytes(Map.of("month", month.toString(), "kinds", scale.filedKinds()));
        long started = System.nanoTime();
        client.post(report + "/api/v1/reports", filing);
        double filingSeconds = (System.nanoTime() - started) / 1e9;
        line(format("the month's filing: %d kinds of %s in every format and language", scale.filedKinds().size(), month),
                format("%.1f s", filingSeconds));

        int versionsBefore = archivedVersions(month);
        int answered = fileAtOnce(filing);
        int filed = archivedVersions(month) - versionsBefore;
        line(format("%d filings of %s at once: answered 2xx / versions filed (one a kind: %d)", CONCURRENT_FILINGS, month,
                scale.filedKinds().size()), format("%d / %d", answered, filed));
        return new ReportFigures(millis(asJson.getValueAtPercentile(95)), millis(asPdf.getValueAtPercentile(95)), filingSeconds,
                answered, filed);
    }

    /** Sends {@value #CONCURRENT_FILINGS} filings at once and answers how many were answered 2xx. */
    private int fileAtOnce(byte[] filing) throws InterruptedException {
        ExecutorService filers = Executors.newFixedThreadPool(CONCURRENT_FILINGS);
        try {
            List<Future<String>> filings = new ArrayList<>();
            for (int n = 0; n < CONCURRENT_FILINGS; n++) {
                filings.add(filers.submit(() -> client.post(report + "/api/v1/reports", filing)));
            }
            int answered = 0;
            for (Future<String> each : filings) {
                try {
                    each.get();
                    answered++;
                } catch (ExecutionException refused) {
                    line("a filing of the four", refused.getCause().getMessage());
                }
            }
            return answered;
        } finally {
            filers.shutdown();
        }
    }

    /** The report timed, after as many requests unmeasured. */
    private Histogram warmAndTimed(String url) {
        timedAsMinistry(url, scale.reportRequests());
        return timedAsMinistry(url, scale.reportRequests());
    }

    private int archivedVersions(YearMonth month) throws IOException {
        return json.readTree(client.get(report + "/api/v1/reports?period=" + month)).size();
    }

    private Histogram timedAsMinistry(String url, int requests) {
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            client.get(url);
            histogram.recordValue(System.nanoTime() - start);
        }
        return histogram;
    }

    /** Loads the systems, SLAs and incidents unless the last system is there already; true when it loaded them. */
    private boolean load(YearMonth current) throws Exception {
        if (client.exists(sla + "/api/v1/slas/" + code(scale.systems()) + "-APPLICATION")) {
            return false;
        }
        YearMonth first = current.minusMonths(scale.months());
        ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
        try {
            List<Future<?>> loading = new ArrayList<>();
            for (int n = 1; n <= scale.systems(); n++) {
                int number = n;
                long seed = random.nextLong();
                loading.add(pool.submit(() -> loadSystem(number, first, current, new SplittableRandom(seed))));
            }
            for (Future<?> each : loading) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        return true;
    }

    /** A system, its incidents, then its SLA, which marks the system as loaded; a system loaded before is left as it is. */
    private Void loadSystem(int number, YearMonth first, YearMonth current, SplittableRandom dice) throws IOException {
        String code = code(number);
        if (client.exists(sla + "/api/v1/slas/" + code + "-APPLICATION")) {
            return null;
        }
        if (!client.exists(sla + "/api/v1/systems/" + code)) {
            client.postAsAdmin(sla + "/api/v1/systems", json.writeValueAsBytes(Map.of("code", code,
                    "name", format("Benchmark system %03d", number), "description", "Loaded by the pages benchmark",
                    "vendor", "Driftsleverandør A/S")));
        }
        for (YearMonth month = first.plusMonths(1); !month.isAfter(current); month = month.plusMonths(1)) {
            LocalDate day = month.atDay(1 + dice.nextInt(month.lengthOfMonth()));
            ZonedDateTime detected = day.atTime(7 + dice.nextInt(9), dice.nextInt(60)).atZone(ZONE);
            if (detected.toInstant().isBefore(Instant.now())) {
                client.post(incident + "/api/v1/incidents", incident(code, detected, detected.plusMinutes(10 + dice.nextInt(80)))
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        client.post(sla + "/api/v1/slas", sla(code, first).getBytes(StandardCharsets.UTF_8));
        return null;
    }

    private String registerIncidentNow(String code) throws IOException {
        ZonedDateTime detected = ZonedDateTime.now(ZONE).minusMinutes(5);
        String answer = client.post(incident + "/api/v1/incidents", incident(code, detected, null).getBytes(StandardCharsets.UTF_8));
        return json.readTree(answer).path("id").asText();
    }

    private static String sla(String code, YearMonth validFrom) {
        return """
                {"id": "%s-APPLICATION", "name": "%s, application", "systemCode": "%s", "layer": "APPLICATION",
                 "validFrom": "%s",
                 "definition": {"zone": "Europe/Copenhagen",
                   "windows": [{"name": "A", "targetPercent": 99.9, "excludedHolidays": "DENMARK",
                                "schedule": [{"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], "from": "07:00", "to": "17:00"}]},
                               {"name": "B", "targetPercent": 95.0, "rest": true}],
                   "minimumOutage": "PT5M", "timeSlice": "PT5M", "countedCategories": [1, 2],
                   "serviceWindowAllowance": {"perMonth": "PT2H", "from": "00:00", "to": "05:00", "notice": "P2D"},
                   "responseTime": {"measuredAt": "A", "threshold": "PT3S", "sharePercent": 95}}}
                """.formatted(code, code, code, validFrom.atDay(1).atStartOfDay(ZONE).toOffsetDateTime());
    }

    private String incident(String code, ZonedDateTime detected, ZonedDateTime restored) throws IOException {
        Map<String, Object> body = new HashMap<>(Map.of("systemCode", code,
                "layer", "APPLICATION", "environment", "PRODUCTION", "category", 2, "statusColour", "RED",
                "detectedAt", detected.toOffsetDateTime().toString(), "title", "Login failed for some users",
                "cause", "A certificate expired", "handling", "Certificate renewed and the service restarted"));
        if (restored != null) {
            body.put("restoredAt", restored.toOffsetDateTime().toString());
        }
        return json.writeValueAsString(body);
    }

    /** The current month's board once no system is pending. */
    private JsonNode computed() throws Exception {
        Instant deadline = Instant.now().plus(scale.computedWithin());
        while (true) {
            JsonNode board = json.readTree(get("/api/v1/status"));
            int pending = board.path("pending").size();
            if (firstPending < 0) {
                firstPending = pending;
            }
            if (pending == 0 && onBoard(board) >= scale.systems()) {
                return board;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(pending + " systems still pending after " + scale.computedWithin());
            }
            Thread.sleep(scale.poll().toMillis());
        }
    }

    /** How many of the benchmark's systems the board shows (the platform may have others). */
    private static long onBoard(JsonNode board) {
        return StreamSupport.stream(board.path("systems").spliterator(), false)
                .filter(system -> system.path("systemCode").asText().startsWith(CODE_PREFIX)).count();
    }

    private Histogram timed(String path, int requests) throws Exception {
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < requests; i++) {
            time(path, histogram);
        }
        return histogram;
    }

    /** Sends the request and reads the whole answer, recording the time to its last byte. */
    private String time(String path, Histogram histogram) throws Exception {
        long start = System.nanoTime();
        String body = get(path);
        histogram.recordValue(System.nanoTime() - start);
        return body;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(report + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String code(int number) {
        return format(CODE_PREFIX + "%03d", number);
    }

    private static String figures(Histogram histogram) {
        return format("%.1f / %.1f / %.1f ms", millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(95)), millis(histogram.getMaxValue()));
    }

    private static double millis(long nanos) {
        return (double) nanos / NANOS_PER_MILLI;
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static void line(String what, String figure) {
        System.out.printf(Locale.ROOT, "%-95s %s%n", what, figure);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
