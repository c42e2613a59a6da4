package dk.servicelevel.sla.measurement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.Violation;
import io.smallrye.mutiny.Uni;

/** Takes batches of measured operations: checks them, sums them up per slice and stores them durably. */
@ApplicationScoped
public class MeasurementIntake {

    /** What happened to a batch. */
    public record Receipt(int samples, int slices, boolean duplicate) {
    }

    private final MeasurementStore store;
    private final MeasurementConfig config;
    private final SliceAggregation aggregation;
    private final MeasurementCounters counters;
    private final Clock clock;

    MeasurementIntake(MeasurementStore store, MeasurementConfig config, MeasurementCounters counters, Clock clock) {
        this.store = store;
        this.counters = counters;
        this.config = config;
        this.clock = clock;
        this.aggregation = new SliceAggregation(config.slice(), config.threshold(), config.longestResponseTime());
    }

    public Uni<Receipt> take(MeasurementBatch batch, String idempotencyKey) {
        Instant now = clock.instant();
        List<Violation> violations = SampleRules.violations(batch, config.maxBatchSize(), now.plus(config.allowedClockSkew()));
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new RuleViolationException("The batch has invalid samples; none of it is counted", violations));
        }
        Map<SliceKey, SliceSummary> summaries = aggregation.summarise(batch.samples());
        return store.add(idempotencyKey, batch.samples().size(), summaries, thresholds -> aggregation.within(batch.samples(), thresholds), now)
                .invoke(stored -> {
                    if (stored.added()) {
                        counters.count(summaries, stored.within());
                    }
                })
                .map(stored -> new Receipt(batch.samples().size(), summaries.size(), !stored.added()));
    }
}
