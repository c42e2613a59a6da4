package dk.servicelevel.booking.warmup;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the warm-up is over; until then DOWN, saying how far it is. */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {

    private static final String NAME = "warm-up";

    private final WarmUp warmUp;

    WarmUpReadiness(WarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        WarmUp.Progress progress = warmUp.progress();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(progress.over())
                .withData("rounds", progress.done())
                .withData("roundsAtLeast", progress.rounds())
                .withData("compilingShareOfACpu", String.format(Locale.ROOT, "%.2f", progress.compiling()))
                .withData("milliseconds", progress.took().toMillis());
        if (!progress.over()) {
            response.withData("reason", "warming up: bookings, clicks and slots played against this replica until the JIT compiler is"
                    + " done with them, before it takes traffic");
        } else if (progress.failure() != null) {
            response.withData("incomplete", progress.failure());
        }
        return response.build();
    }
}
