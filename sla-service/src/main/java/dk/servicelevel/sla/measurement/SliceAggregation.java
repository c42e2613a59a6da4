package dk.servicelevel.sla.measurement;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Sums up samples as they arrive into one summary per key and slice, so storage grows with slices, not with calls. */
public final class SliceAggregation {

    private final long sliceSeconds;
    private final long thresholdMs;
    private final long longestMs;

    public SliceAggregation(Duration slice, Duration threshold, Duration longest) {
        this.sliceSeconds = slice.toSeconds();
        this.thresholdMs = threshold.toMillis();
        this.longestMs = longest.toMillis();
    }

    /** The summaries of a batch, in key order (the order rows are locked in, so concurrent batches never deadlock). */
    public Map<SliceKey, SliceSummary> summarise(Iterable<Sample> samples) {
        Map<SliceKey, SliceSummary> summaries = new HashMap<>();
        for (Sample sample : samples) {
            summaries.computeIfAbsent(keyOf(sample), k -> SliceSummary.empty(longestMs))
                    .record(sample.durationMs(), sample.ok(), thresholdMs);
        }
        return new TreeMap<>(summaries);
    }

    /** How many summaries the samples make, counted before any is: each holds a latency sketch of 16 KB or more. */
    public int summaryCount(Iterable<Sample> samples) {
        Set<SliceKey> keys = new HashSet<>();
        samples.forEach(sample -> keys.add(keyOf(sample)));
        return keys.size();
    }

    private SliceKey keyOf(Sample sample) {
        return new SliceKey(sample.system(), sample.measuredAt(), sample.userClass(), sample.operation(), sliceStart(sample.at()));
    }

    /**
     * Per slice, the successful operations within each further threshold an SLA of their system names, in key order.
     *
     * @param thresholdsBySystem the thresholds counted besides the measurement threshold, in milliseconds, per system
     */
    public Map<WithinKey, Long> within(Iterable<Sample> samples, Map<String, long[]> thresholdsBySystem) {
        Map<WithinKey, Long> within = new TreeMap<>();
        if (thresholdsBySystem.isEmpty()) {
            return within;
        }
        for (Sample sample : samples) {
            long[] thresholds = thresholdsBySystem.get(sample.system());
            if (thresholds == null || !sample.ok()) {
                continue;
            }
            for (long thresholdMs : thresholds) {
                if (sample.durationMs() <= thresholdMs) {
                    within.merge(new WithinKey(sample.system(), sample.measuredAt(), sample.userClass(), thresholdMs,
                            sliceStart(sample.at())), 1L, Long::sum);
                }
            }
        }
        return within;
    }

    public Instant sliceStart(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), sliceSeconds) * sliceSeconds);
    }
}
