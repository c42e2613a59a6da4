package dk.servicelevel.booking.admission;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "admission")
public interface AdmissionConfig {

    /** The share of the concurrency limit kept for guaranteed (booked) sessions. */
    @WithDefault("0.8")
    double guaranteedShare();

    /** Adapt the limit to the measured latency (Gradient2); otherwise it stays at max-concurrency. */
    @WithDefault("true")
    boolean adaptive();

    @WithDefault("8")
    int minConcurrency();

    @WithDefault("16")
    int initialConcurrency();

    @WithDefault("200")
    int maxConcurrency();
}
