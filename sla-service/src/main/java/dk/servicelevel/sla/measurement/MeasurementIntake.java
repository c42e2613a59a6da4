package dk.servicelevel.sla.measurement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.Violation;
import dk.servicelevel.sla.system.SystemCatalogue;
import io.smallrye.mutiny.Uni;

/** Takes batches of measured operations: checks them, sums them up per slice and stores them durably. */
@ApplicationScoped
public class MeasurementIntake {

    /** What happened to a batch. */
    public record Receipt(int samples, int slices, boolean duplicate,
            @Schema(description = "Systems of the batch that are not in the catalogue: their operations are kept and counted "
                    + "(an SLA of the system, once registered, sees them), and named here and in "
                    + "slp_measured_operations_unregistered_total so that a feed naming a wrong code is seen")
            List<String> unregisteredSystems) {
    }

    private final MeasurementStore store;
    private final MeasurementConfig config;
    private final SliceAggregation aggregation;
    private final MeasurementCounters counters;
    private final SystemCatalogue catalogue;
    private final Clock clock;

    MeasurementIntake(MeasurementStore store, MeasurementConfig config, MeasurementCounters counters, SystemCatalogue catalogue, Clock clock) {
        this.store = store;
        this.counters = counters;
        this.config = config;
        this.catalogue = catalogue;
        this.clock = clock;
        this.aggregation = new SliceAggregation(config.slice(), config.threshold(), config.longestResponseTime());
    }

    public Uni<Receipt> take(MeasurementBatch batch, String idempotencyKey) {
        Instant now = clock.instant();
        List<Violation> violations = SampleRules.violations(batch, config.maxBatchSize(), now.plus(config.allowedClockSkew()));
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new RuleViolationException("The batch has invalid samples; none of it is counted", violations));
        }
        int summaryCount = aggregation.summaryCount(batch.samples());
        if (summaryCount > config.maxSummariesPerBatch()) {
            return Uni.createFrom().failure(new RuleViolationException("samples", "fall in " + summaryCount + " slices (per system, interface, "
                    + "class and operation); a batch may fall in at most " + config.maxSummariesPerBatch() + ": send a long period in several batches"));
        }
        Map<SliceKey, SliceSummary> summaries = aggregation.summarise(batch.samples());
        Map<String, Long> operationsBySystem = batch.samples().stream().collect(Collectors.groupingBy(Sample::system, Collectors.counting()));
        return store.add(idempotencyKey, batch.samples().size(), summaries, thresholds -> aggregation.within(batch.samples(), thresholds), now)
                .flatMap(stored -> catalogue.unregistered(operationsBySystem.keySet()).map(unregistered -> {
                    if (stored.added()) {
                        counters.count(summaries, stored.within());
                        unregistered.forEach(system -> counters.unregistered(system, operationsBySystem.get(system)));
                    }
                    return new Receipt(batch.samples().size(), summaries.size(), !stored.added(), List.copyOf(unregistered));
                }));
    }
}
