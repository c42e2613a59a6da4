package dk.servicelevel.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.sla.measurement.SliceSummary;

/**
 * The time of one calendar-month evaluation of an SLA whose system had 2 million calls in the month, beside one whose
 * system had 200 million. Both have the same slices and operations, so the ratio shows whether evaluation grows
 * with calls. The 2 million go through {@code POST /api/v1/measurements}; the 200 million would take hours that way
 * on a small machine, so their slice summaries are made with sla-service's own {@link SliceSummary} and written
 * straight into its table, where ingestion would have put them.
 */
final class EvaluationBenchmark {

    record Result(long smallCalls, double smallMillis, long largeCalls, double largeMillis) {
    }

    private static final YearMonth MONTH = YearMonth.of(2026, 10);
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final Duration SLICE = Duration.ofMinutes(5);
    /** A batch of the month covers this many slices (200 minutes): 223 batches, of about 9,000 calls each in the full run. */
    private static final int SLICES_PER_BATCH = 40;
    private static final long LONGEST_MS = Duration.ofHours(1).toMillis();
    private static final long THRESHOLD_MS = 3_000;
    private static final int WARM_UPS = 5;
    private static final int RUNS = 15;
    private static final int ROWS_PER_INSERT = 1_000;

    private final PlatformClient client;
    private final ObjectMapper json;
    private final String slaUrl;
    private final String jdbcUrl;

    EvaluationBenchmark(PlatformClient client, ObjectMapper json, String slaUrl, String jdbcUrl) {
        this.client = client;
        this.json = json;
        this.slaUrl = slaUrl;
        this.jdbcUrl = jdbcUrl;
    }

    Result run(String runId, long smallCalls, long largeCalls) throws Exception {
        String small = define("E2M-" + runId);
        String large = define("E200M-" + runId);
        ingestThroughHttp(small, smallCalls);
        writeSummaries(large, largeCalls);
        return new Result(smallCalls, medianMillis(small), largeCalls, medianMillis(large));
    }

    private String define(String system) {
        client.post(slaUrl + "/api/v1/systems", ("{\"code\":\"" + system + "\",\"name\":\"Benchmark " + system + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String sla = """
                {"id":"%s","name":"Benchmark","systemCode":"%s","layer":"APPLICATION","validFrom":"2026-01-01T00:00:00Z",
                 "definition":{"zone":"Europe/Copenhagen",
                  "windows":[{"name":"A","targetPercent":99.9,"schedule":[{"days":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],"from":"07:00","to":"17:00"}]},
                             {"name":"B","targetPercent":95.0,"rest":true}],
                  "minimumOutage":"PT5M","timeSlice":"PT5M",
                  "responseTime":{"measuredAt":"A","threshold":"PT3S","sharePercent":95},
                  "countedCategories":[1,2],
                  "serviceWindowAllowance":{"perMonth":"PT2H","from":"00:00","to":"05:00","notice":"P2D"}}}
                """.formatted(system, system);
        client.post(slaUrl + "/api/v1/slas", sla.getBytes(StandardCharsets.UTF_8));
        return system;
    }

    /** The month's calls in batches that each cover a few hours, as a probe's or a service's feed sends them. */
    private void ingestThroughHttp(String system, long calls) {
        Samples samples = new Samples(json);
        Instant from = MONTH.atDay(1).atStartOfDay(ZONE).toInstant();
        Duration month = Duration.between(from, MONTH.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
        Duration span = SLICE.multipliedBy(SLICES_PER_BATCH);
        long batches = month.dividedBy(span) + 1;
        int perBatch = (int) Math.max(1, calls / batches);
        for (long i = 0; i < batches; i++) {
            Instant start = from.plus(span.multipliedBy(i));
            Duration covered = i == batches - 1 ? Duration.between(start, from.plus(month)) : span;
            client.post(slaUrl + "/api/v1/measurements", samples.batch(system, perBatch, start, covered));
        }
    }

    private void writeSummaries(String system, long calls) throws SQLException {
        List<Instant> slices = slicesOfMonth();
        long perRow = calls / (slices.size() * (long) Samples.OPERATIONS.size());
        Samples samples = new Samples(json);
        SplittableRandom random = new SplittableRandom(7);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO measurement_slice (system_code, interface, user_class, operation, slice_start,
                            operations, within_threshold, errors, sketch) VALUES (?, 'A', 'GUARANTEED', ?, ?, ?, ?, ?, ?)""")) {
            db.setAutoCommit(false);
            int pending = 0;
            for (Instant slice : slices) {
                for (String operation : Samples.OPERATIONS) {
                    SliceSummary summary = SliceSummary.empty(LONGEST_MS);
                    for (long i = 0; i < perRow; i++) {
                        summary.record(samples.durationMs(), random.nextDouble() >= 0.001, THRESHOLD_MS);
                    }
                    insert.setString(1, system);
                    insert.setString(2, operation);
                    insert.setTimestamp(3, Timestamp.from(slice));
                    insert.setLong(4, summary.operations());
                    insert.setLong(5, summary.withinThreshold());
                    insert.setLong(6, summary.errors());
                    insert.setBytes(7, summary.sketch());
                    insert.addBatch();
                    if (++pending == ROWS_PER_INSERT) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
            db.commit();
        }
    }

    private static List<Instant> slicesOfMonth() {
        List<Instant> slices = new ArrayList<>();
        Instant end = MONTH.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        for (Instant slice = MONTH.atDay(1).atStartOfDay(ZONE).toInstant(); slice.isBefore(end); slice = slice.plus(SLICE)) {
            slices.add(slice);
        }
        return slices;
    }

    private double medianMillis(String sla) {
        String url = slaUrl + "/api/v1/slas/" + sla + "/availability?month=" + MONTH;
        for (int i = 0; i < WARM_UPS; i++) {
            client.get(url);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            client.get(url);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        return millis.get(RUNS / 2);
    }
}
