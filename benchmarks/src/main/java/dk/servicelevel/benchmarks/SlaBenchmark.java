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

    private static final int SENDERS = 4;

    /** How much each part does: the batches ingested (after as many to warm up) and the two months' calls. */
    record Scale(int ingestBatches, int warmUpBatches, long smallMonth, long largeMonth) {
        static final Scale FULL = new Scale(200, 100, 2_000_000, 200_000_000);
        /** The same parts at a size that runs in seconds (./platform test), so that none can break unseen. */
        static final Scale SMOKE = new Scale(4, 2, 20_000, 100_000);
    }

    /** The figures of one run. */
    record Figures(IngestionBenchmark.Result ingestion, EvaluationBenchmark.Result evaluation) {
    }

    private SlaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PlatformClient client = new PlatformClient(Path.of(args[2]), args[3]);
        Scale full = args.length > 4 ? new Scale(Integer.parseInt(args[4]), Scale.FULL.warmUpBatches(), Scale.FULL.smallMonth(),
                Scale.FULL.largeMonth()) : Scale.FULL;
        run(client, args[0], args[1], full, System.getProperty("benchmark.parts", ""));
    }

    /** The parts named ({@code ingestion}, {@code evaluation}; all when none is), their lines printed. */
    static Figures run(PlatformClient client, String slaUrl, String jdbcUrl, Scale scale, String parts) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String runId = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        IngestionBenchmark.Result ingestion = parts.isEmpty() || parts.contains("ingestion")
                ? ingestion(client, json, slaUrl, runId, scale) : null;
        EvaluationBenchmark.Result evaluation = parts.isEmpty() || parts.contains("evaluation")
                ? evaluation(client, json, slaUrl, jdbcUrl, runId, scale) : null;
        return new Figures(ingestion, evaluation);
    }

    private static IngestionBenchmark.Result ingestion(PlatformClient client, ObjectMapper json, String slaUrl, String runId, Scale scale)
            throws Exception {
        client.post(slaUrl + "/api/v1/systems", ("{\"code\":\"ING-" + runId + "\",\"name\":\"Ingestion benchmark\"}").getBytes());
        IngestionBenchmark.Result ingestion = new IngestionBenchmark(client, json, slaUrl)
                .run("ING-" + runId, scale.ingestBatches(), scale.warmUpBatches(), SENDERS);
        line(format("ingestion through POST /api/v1/measurements (%,d samples, %d senders)", ingestion.samples(), SENDERS),
                format("%,.0f samples/s", ingestion.ingestedPerSecond()));
        line("JSON parsing of the same payloads only, data binding (one thread)", format("%,.0f samples/s", ingestion.parsedPerSecond()));
        line("ingestion / parsing", format("%.3f", ingestion.ingestedPerSecond() / ingestion.parsedPerSecond()));
        line("the same payloads read by sla-service's BatchReader only (one thread)", format("%,.0f samples/s", ingestion.readPerSecond()));
        line("ingestion / reading", format("%.3f", ingestion.ingestedPerSecond() / ingestion.readPerSecond()));
        return ingestion;
    }

    private static EvaluationBenchmark.Result evaluation(PlatformClient client, ObjectMapper json, String slaUrl, String jdbcUrl,
            String runId, Scale scale) throws Exception {
        EvaluationBenchmark.Result evaluation = new EvaluationBenchmark(client, json, slaUrl, jdbcUrl)
                .run(runId, scale.smallMonth(), scale.largeMonth());
        line(format("calendar-month evaluation, %,d calls (median of 15)", evaluation.smallCalls()),
                format("%.0f ms", evaluation.smallMillis()));
        line(format("calendar-month evaluation, %,d calls (median of 15)", evaluation.largeCalls()),
                format("%.0f ms", evaluation.largeMillis()));
        line(format("evaluation time, %,d / %,d calls", evaluation.largeCalls(), evaluation.smallCalls()),
                format("%.2f", evaluation.largeMillis() / evaluation.smallMillis()));
        return evaluation;
    }

    private static void line(String what, String figure) {
        System.out.printf(Locale.ROOT, "%-75s %s%n", what, figure);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
