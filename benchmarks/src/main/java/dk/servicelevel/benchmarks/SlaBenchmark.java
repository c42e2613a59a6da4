package dk.servicelevel.benchmarks;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * sla-service's benchmarks against the running local platform, one line per figure.
 *
 * <pre>SlaBenchmark SLA_URL JDBC_URL KEY_DIR ISSUER [INGEST_BATCHES]</pre>
 *
 * With {@code -Dbenchmark.parts=ingestion} or {@code evaluation} only that part runs.
 */
public final class SlaBenchmark {

    private static final int DEFAULT_INGEST_BATCHES = 200;
    private static final int SENDERS = 4;
    private static final long SMALL_MONTH = 2_000_000;
    private static final long LARGE_MONTH = 200_000_000;

    private SlaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String slaUrl = args[0];
        String jdbcUrl = args[1];
        PlatformClient client = new PlatformClient(Path.of(args[2]), args[3]);
        int batches = args.length > 4 ? Integer.parseInt(args[4]) : DEFAULT_INGEST_BATCHES;
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String runId = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

        String parts = System.getProperty("benchmark.parts", "");
        if (parts.isEmpty() || parts.contains("ingestion")) {
            ingestion(client, json, slaUrl, runId, batches);
        }
        if (parts.isEmpty() || parts.contains("evaluation")) {
            evaluation(client, json, slaUrl, jdbcUrl, runId);
        }
    }

    private static void ingestion(PlatformClient client, ObjectMapper json, String slaUrl, String runId, int batches) throws Exception {
        client.post(slaUrl + "/api/v1/systems", ("{\"code\":\"ING-" + runId + "\",\"name\":\"Ingestion benchmark\"}").getBytes());
        IngestionBenchmark.Result ingestion = new IngestionBenchmark(client, json, slaUrl).run("ING-" + runId, batches, SENDERS);
        line(format("ingestion through POST /api/v1/measurements (%,d samples, %d senders)", ingestion.samples(), SENDERS),
                format("%,.0f samples/s", ingestion.ingestedPerSecond()));
        line("JSON parsing of the same payloads only, data binding (one thread)", format("%,.0f samples/s", ingestion.parsedPerSecond()));
        line("ingestion / parsing", format("%.3f", ingestion.ingestedPerSecond() / ingestion.parsedPerSecond()));
        line("the same payloads read by sla-service's BatchReader only (one thread)", format("%,.0f samples/s", ingestion.readPerSecond()));
        line("ingestion / reading", format("%.3f", ingestion.ingestedPerSecond() / ingestion.readPerSecond()));
    }

    private static void evaluation(PlatformClient client, ObjectMapper json, String slaUrl, String jdbcUrl, String runId)
            throws Exception {

        EvaluationBenchmark.Result evaluation = new EvaluationBenchmark(client, json, slaUrl, jdbcUrl)
                .run(runId, SMALL_MONTH, LARGE_MONTH);
        line(format("calendar-month evaluation, %,d calls (median of 15)", evaluation.smallCalls()),
                format("%.0f ms", evaluation.smallMillis()));
        line(format("calendar-month evaluation, %,d calls (median of 15)", evaluation.largeCalls()),
                format("%.0f ms", evaluation.largeMillis()));
        line("evaluation time, 200 million / 2 million calls", format("%.2f", evaluation.largeMillis() / evaluation.smallMillis()));
    }

    private static void line(String what, String figure) {
        System.out.printf(Locale.ROOT, "%-75s %s%n", what, figure);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
