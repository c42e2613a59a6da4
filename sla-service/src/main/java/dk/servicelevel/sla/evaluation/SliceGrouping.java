package dk.servicelevel.sla.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.servicelevel.sla.definition.ResponseTimeRule;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.measurement.MeasuredInterface;
import dk.servicelevel.sla.measurement.MeasurementStore.SliceCounts;

/** Sums the stored measurement slices of guaranteed operations up into the time slices of the SLA version in force. */
public final class SliceGrouping {

    private SliceGrouping() {
    }

    /** Where and against which threshold guaranteed operations were counted. */
    public record CountedAt(MeasuredInterface measuredAt, Duration threshold) {
        public static CountedAt of(ResponseTimeRule rule) {
            return new CountedAt(rule.measuredAt(), rule.threshold());
        }
    }

    /** @param countsByRule the guaranteed operations per stored slice, per interface and threshold of the versions' rules */
    public static List<MeasuredSlice> slices(VersionHistory history, Map<CountedAt, List<SliceCounts>> countsByRule) {
        Map<Instant, long[]> sums = new TreeMap<>();
        Map<Instant, Instant> ends = new TreeMap<>();
        countsByRule.forEach((countedAt, counts) -> {
            for (SliceCounts stored : counts) {
                SlaDefinition definition = history.at(stored.sliceStart());
                if (CountedAt.of(definition.responseTime()).equals(countedAt)) {
                    long length = definition.timeSlice().toSeconds();
                    Instant start = Instant.ofEpochSecond(Math.floorDiv(stored.sliceStart().getEpochSecond(), length) * length);
                    long[] sum = sums.computeIfAbsent(start, s -> new long[2]);
                    sum[0] += stored.operations();
                    sum[1] += stored.withinThreshold();
                    ends.put(start, start.plusSeconds(length));
                }
            }
        });
        List<MeasuredSlice> slices = new ArrayList<>();
        sums.forEach((start, sum) -> slices.add(new MeasuredSlice(start, ends.get(start), sum[0], sum[1])));
        return slices;
    }
}
