package dk.servicelevel.sla.measurement;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "measurements")
public interface MeasurementConfig {

    /** The length of the time slices measurements are summed up in; SLA slices are whole multiples of it. */
    @WithDefault("PT5M")
    Duration slice();

    /** The most samples one batch may hold. */
    @WithDefault("50000")
    int maxBatchSize();

    /**
     * The most slice summaries one batch may make (one per system, interface, class, operation and slice): each holds
     * a latency sketch of 16 to 106 KB while the batch is taken, so a batch of samples spread over months of slices is
     * refused rather than allowed to fill the heap. As many as booking-service's outbox sends samples at most.
     */
    @WithDefault("2000")
    int maxSummariesPerBatch();

    /** Operations that succeed within this are counted as fast enough (seed 002, table 3: 3 seconds); SLAs use it as their threshold. */
    @WithDefault("PT3S")
    Duration threshold();

    /** How far in the future a sample's instant may lie, for clocks that run a little ahead. */
    @WithDefault("PT1M")
    Duration allowedClockSkew();

    /** The longest response time the latency sketches tell apart; longer ones count as this long. */
    @WithDefault("PT1H")
    Duration longestResponseTime();
}
