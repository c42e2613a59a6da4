package dk.servicelevel.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every transaction the generator made: latency of the answered ones per scenario and class, refused and failed
 * requests, and each transaction as a measurement at interface D for sla-service.
 */
public final class TransactionLog {

    /** The response time the contract guarantees (seed 002: 95 % within 3 seconds). */
    public static final Duration GUARANTEED_RESPONSE = Duration.ofSeconds(3);
    private static final long HIGHEST_MICROS = Duration.ofMinutes(2).toNanos() / 1_000;
    private static final double MICROS_PER_MILLI = 1_000.0;
    private static final String INTERFACE = "D";

    /** How the platform answered a transaction. */
    public enum Outcome {
        /** answered as asked */
        OK,
        /** turned away by a rule of the platform: no capacity left (429) or a full slot (409) */
        REFUSED,
        /** any other answer, or none */
        ERROR,
        /** not sent: the generator had its most requests unanswered; not a measurement of the platform */
        UNSENT
    }

    /** A transaction as sla-service takes it ({@code POST /api/v1/measurements}). */
    public record Measurement(String system, @JsonProperty("interface") String measuredAt,
            String operation, String userClass, Instant at, long durationMs, boolean ok) {
    }

    /** The figures of one scenario and class. */
    public record Figures(String scenario, String userClass, long requests, long ok, long refused, long errors, long unsent,
            double p50Millis, double p95Millis, double p99Millis, double maxMillis, double okWithinGuarantee, double seconds,
            double refusedP95Millis) {

        /** Requests answered a second, from the first sent to the last answered. */
        public double perSecond() {
            return requests / Math.max(seconds, 1e-3);
        }

        String line() {
            return String.format(Locale.ROOT, "%s %s: %,d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.1f %% answered within %d s, "
                    + "%,d refused (p95 %.1f ms), %,d errors, %,d unsent", scenario, userClass, requests, p50Millis, p95Millis, p99Millis,
                    100 * okWithinGuarantee, GUARANTEED_RESPONSE.toSeconds(), refused, refusedP95Millis, errors, unsent);
        }
    }

    /**
     * What a run did: the figures of its measured part, and apart those of its warm-up (the generator's JVM and its
     * connections starting, while the sessions already click).
     */
    public record Summary(String step, double multiple, double seconds, List<Figures> figures, List<Figures> warmUp,
            long measurementsSent, String rushDay) {

        /** The figures of a scenario and class; absent when the run had none of them. */
        public Optional<Figures> of(String scenario, String userClass) {
            return figures.stream().filter(f -> f.scenario().equals(scenario) && f.userClass().equals(userClass)).findFirst();
        }

        public long requests() {
            return figures.stream().mapToLong(Figures::requests).sum();
        }

        /** The requests of the run's measured part a second, every scenario and class together. */
        public double perSecond() {
            return requests() / Math.max(seconds, 1e-3);
        }

        /** The run in one line: the load, then each scenario and class. */
        public String line() {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "load %s x %.3f: %,d requests in %.0f s (%,.0f/s)",
                    step, multiple, requests(), seconds, perSecond()));
            figures.forEach(f -> line.append("; ").append(f.line()));
            warmUp.forEach(f -> line.append("; warm-up, not counted above: ").append(f.line()));
            return line.append("; ").append(String.format(Locale.ROOT, "%,d measurements sent to sla-service at interface D", measurementsSent)).toString();
        }
    }

    private record Key(String scenario, String userClass, boolean warmUp) {
    }

    private static final class Tally {
        final ConcurrentHistogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        final LongAdder requests = new LongAdder();
        final ConcurrentHistogram refusedLatency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        final LongAdder refused = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder unsent = new LongAdder();
        final LongAdder okWithinGuarantee = new LongAdder();
        final LongAccumulator firstSent = new LongAccumulator(Math::min, Long.MAX_VALUE);
        final LongAccumulator lastAnswered = new LongAccumulator(Math::max, Long.MIN_VALUE);
    }

    private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();
    private final Queue<Measurement> measurements = new ConcurrentLinkedQueue<>();
    private final String system;
    private volatile Instant measuredFrom = Instant.MIN;

    public TransactionLog(String system) {
        this.system = system;
    }

    /** Transactions sent before the instant are the warm-up's: counted apart from the run's figures. */
    public void measureFrom(Instant instant) {
        measuredFrom = instant;
    }

    public void record(String scenario, String operation, String userClass, Outcome outcome, Duration elapsed, Instant at) {
        long micros = Math.min(HIGHEST_MICROS, Math.max(0, elapsed.toNanos() / 1_000));
        Tally tally = tallies.computeIfAbsent(new Key(scenario, userClass, at.isBefore(measuredFrom)), key -> new Tally());
        tally.requests.increment();
        switch (outcome) {
            case OK -> {
                tally.latency.recordValue(micros);
                if (elapsed.compareTo(GUARANTEED_RESPONSE) <= 0) {
                    tally.okWithinGuarantee.increment();
                }
            }
            case REFUSED -> {
                tally.refused.increment();
                tally.refusedLatency.recordValue(micros);
            }
            case ERROR -> tally.errors.increment();
            case UNSENT -> tally.unsent.increment();
        }
        if (outcome != Outcome.UNSENT) {
            tally.firstSent.accumulate(at.toEpochMilli());
            tally.lastAnswered.accumulate(at.toEpochMilli() + elapsed.toMillis());
            measurements.add(new Measurement(system, INTERFACE, operation, userClass, at, elapsed.toMillis(), outcome == Outcome.OK));
        }
    }

    /** Takes the measurements recorded so far, each once. */
    public List<Measurement> drainMeasurements() {
        List<Measurement> drained = new ArrayList<>();
        for (Measurement m = measurements.poll(); m != null; m = measurements.poll()) {
            drained.add(m);
        }
        return drained;
    }

    public Summary summary(String step, double multiple, Duration elapsed, long measurementsSent, String rushDay) {
        return new Summary(step, multiple, elapsed.toMillis() / 1000.0, figures(false), figures(true), measurementsSent, rushDay);
    }

    private List<Figures> figures(boolean warmUp) {
        return tallies.entrySet().stream().filter(entry -> entry.getKey().warmUp() == warmUp)
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::scenario).thenComparing(Key::userClass)))
                .map(entry -> figures(entry.getKey(), entry.getValue())).toList();
    }

    private static Figures figures(Key key, Tally tally) {
        long requests = tally.requests.sum();
        ConcurrentHistogram latency = tally.latency;
        return new Figures(key.scenario(), key.userClass(), requests, latency.getTotalCount(), tally.refused.sum(),
                tally.errors.sum(), tally.unsent.sum(), millis(latency.getValueAtPercentile(50)), millis(latency.getValueAtPercentile(95)),
                millis(latency.getValueAtPercentile(99)), millis(latency.getMaxValue()),
                requests == 0 ? 0 : (double) tally.okWithinGuarantee.sum() / requests,
                (tally.lastAnswered.get() - tally.firstSent.get()) / 1000.0, millis(tally.refusedLatency.getValueAtPercentile(95)));
    }

    private static double millis(long micros) {
        return micros / MICROS_PER_MILLI;
    }
}
