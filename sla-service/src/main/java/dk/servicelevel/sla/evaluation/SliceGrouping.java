package dk.servicelevel.sla.evaluation;

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

    /** @param countsByInterface the guaranteed operations per stored slice, per interface */
    public static List<MeasuredSlice> slices(VersionHistory history, Map<MeasuredInterface, List<SliceCounts>> countsByInterface) {
        Map<Instant, long[]> sums = new TreeMap<>();
        Map<Instant, Instant> ends = new TreeMap<>();
        countsByInterface.forEach((measuredAt, counts) -> {
            for (SliceCounts stored : counts) {
                SlaDefinition definition = history.at(stored.sliceStart());
                ResponseTimeRule rule = definition.responseTime();
                if (rule.measuredAt() == measuredAt) {
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
