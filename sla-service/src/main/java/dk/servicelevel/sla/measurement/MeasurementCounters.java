package dk.servicelevel.sla.measurement;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The operations counted, as Prometheus counters (slp_measured_operations_total and
 * slp_measured_operations_within_total per threshold): the events the exported SLO rules compute error ratios from;
 * and those of systems not in the catalogue (slp_measured_operations_unregistered_total).
 */
@ApplicationScoped
public class MeasurementCounters {

    static final String OPERATIONS = "slp.measured.operations";
    static final String WITHIN = "slp.measured.operations.within";
    static final String UNREGISTERED = "slp.measured.operations.unregistered";

    private final MeterRegistry registry;
    private final long thresholdMs;

    MeasurementCounters(MeterRegistry registry, MeasurementConfig config) {
        this.registry = registry;
        this.thresholdMs = config.threshold().toMillis();
    }

    /** Counts a batch once it is stored. */
    void count(Map<SliceKey, SliceSummary> summaries, Map<WithinKey, Long> within) {
        summaries.forEach((key, summary) -> {
            operations(key.system(), key.measuredAt(), key.userClass()).increment(summary.operations());
            within(key.system(), key.measuredAt(), key.userClass(), thresholdMs).increment(summary.withinThreshold());
        });
        within.forEach((key, count) -> within(key.system(), key.measuredAt(), key.userClass(), key.thresholdMs()).increment(count));
    }

    /** Counts operations of a system that is not in the catalogue: a feed naming a wrong code, or a system to register. */
    void unregistered(String system, long operations) {
        registry.counter(UNREGISTERED, "system", system).increment(operations);
    }

    private Counter operations(String system, MeasuredInterface measuredAt, UserClass userClass) {
        return registry.counter(OPERATIONS, "system", system, "interface", measuredAt.name(), "user_class", userClass.name());
    }

    private Counter within(String system, MeasuredInterface measuredAt, UserClass userClass, long threshold) {
        return registry.counter(WITHIN, "system", system, "interface", measuredAt.name(), "user_class", userClass.name(),
                "threshold_ms", Long.toString(threshold));
    }
}
