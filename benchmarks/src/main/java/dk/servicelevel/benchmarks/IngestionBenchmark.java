package dk.servicelevel.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.sla.measurement.BatchReader;
import dk.servicelevel.sla.measurement.MeasurementBatch;

/**
 * Samples per second through {@code POST /api/v1/measurements}, beside the samples per second at which the same
 * payloads are merely parsed as JSON into the same types, in the same run.
 */
final class IngestionBenchmark {

    /** Samples per second ingested; parsed by data binding into the API's records; read by the service's own reader. */
    record Result(double ingestedPerSecond, double parsedPerSecond, double readPerSecond, long samples) {
    }

    private static final int BATCH_SIZE = 10_000;
    private static final int DISTINCT_PAYLOADS = 20;

    private final PlatformClient client;
    private final ObjectMapper json;
    private final String slaUrl;

    IngestionBenchmark(PlatformClient client, ObjectMapper json, String slaUrl) {
        this.client = client;
        this.json = json;
        this.slaUrl = slaUrl;
    }

    /**
     * @param warmUps batches sent (and parsed) before measuring, until the JIT has compiled the path: with 10 of the
     *        full run's 200, a tenth of the run was compiling, so it sends 100
     */
    Result run(String system, int batches, int warmUps, int senders) throws Exception {
        Samples samples = new Samples(json);
        Instant day = Instant.parse("2026-11-02T07:00:00Z");
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < DISTINCT_PAYLOADS; i++) {
            payloads.add(samples.batch(system, BATCH_SIZE, day.plus(Duration.ofMinutes(30L * i)), Duration.ofMinutes(30)));
        }
        double parsed = rate(payloads, batches, warmUps, payload -> json.readValue(payload, MeasurementBatch.class));
        BatchReader reader = new BatchReader(json.getFactory());
        double read = rate(payloads, batches, warmUps, reader::read);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            send(pool, payloads, warmUps);
            long start = System.nanoTime();
            send(pool, payloads, batches);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(batches * (double) BATCH_SIZE / seconds, parsed, read, (long) batches * BATCH_SIZE);
        } finally {
            pool.shutdown();
        }
    }

    private void send(ExecutorService pool, List<byte[]> payloads, int batches) throws Exception {
        List<Future<String>> sent = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            byte[] payload = payloads.get(i % payloads.size());
            sent.add(pool.submit(() -> client.post(slaUrl + "/api/v1/measurements", payload)));
        }
        for (Future<String> answer : sent) {
            answer.get();
        }
    }

    /** How a payload is turned into a batch. */
    private interface Parsing {
        MeasurementBatch parse(byte[] payload) throws IOException;
    }

    private static double rate(List<byte[]> payloads, int batches, int warmUps, Parsing parsing) throws IOException {
        for (int i = 0; i < warmUps; i++) {
            parsing.parse(payloads.get(i % payloads.size()));
        }
        long start = System.nanoTime();
        long parsed = 0;
        for (int i = 0; i < batches; i++) {
            parsed += parsing.parse(payloads.get(i % payloads.size())).samples().size();
        }
        return parsed / ((System.nanoTime() - start) / 1e9);
    }
}
