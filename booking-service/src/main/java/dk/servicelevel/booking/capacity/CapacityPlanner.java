package dk.servicelevel.booking.capacity;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.rules.StaleVersionException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import dk.servicelevel.rules.RuleViolationException;

/** The capacity model: its inputs, the steps computed from them, and the hourly capacity of the step in force. */
@ApplicationScoped
public class CapacityPlanner {

    private final CapacityModelRepository models;
    private final CapacityConfig config;
    private final Clock clock;

    CapacityPlanner(CapacityModelRepository models, CapacityConfig config, Clock clock) {
        this.models = models;
        this.config = config;
        this.clock = clock;
    }

    @WithSession
    public Uni<CapacityModelRecord> model() {
        return models.current();
    }

    @WithTransaction
    public Uni<CapacityModelRecord> change(long expectedVersion, CapacityInputs inputs, String by) {
        Optional<CapacityStep> empty = CapacityModel.stepWithoutPeakHourTests(inputs);
        if (empty.isPresent()) {
            return Uni.createFrom().failure(new RuleViolationException("peakHourShare",
                    "leaves the peak hour of the step " + empty.get().name() + " without a test: no slot would have a seat"));
        }
        return model().invoke(model -> {
            StaleVersionException.check("The capacity model", model.version, expectedVersion);
            model.inputs = inputs;
            model.updatedAt = clock.instant();
            model.updatedBy = by;
        }).call(models::flush);
    }

    /** The step in force, computed from the current inputs. */
    public Uni<CapacityStep> stepInForce() {
        return model().map(this::stepOf);
    }

    /** The step in force of a model's inputs. */
    public CapacityStep stepOf(CapacityModelRecord model) {
        return CapacityModel.step(model.inputs, config.stepInForce())
                .orElseThrow(() -> new IllegalStateException("capacity.step-in-force names no step: " + config.stepInForce()
                        + "; the steps are " + CapacityModel.STEP_NAMES));
    }
}
