package dk.servicelevel.sla.evaluation;

import java.time.Instant;
import java.util.List;

import dk.servicelevel.sla.timeline.Interval;

/**
 * What an availability evaluation is computed from. The service windows reach back to the start of the first month
 * of the period, so the monthly allowance they used before it is known.
 */
public record EvaluationInput(Interval period, VersionHistory versions, List<Outage> outages,
        List<AnnouncedServiceWindow> serviceWindows, List<MeasuredSlice> slices, Instant now) {
}
