package dk.servicelevel.booking.measurement;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "measurements")
public interface MeasurementConfig {

    /** The system the sessions' response times are measured for in sla-service. */
    @WithDefault("NT")
    String system();

    /**
     * How often the measured requests are sent to sla-service ({@code off} to keep them in the outbox): small batches
     * often spread the work of sending and of sla-service's ingestion, instead of a burst every few seconds.
     */
    @WithDefault("1s")
    String interval();

    /** The most samples sent in one batch. */
    @WithDefault("2000")
    int batchSize();

    /** How long one step of sending (a statement, a batch) may take, and a stopping service may take to send a batch. */
    @WithDefault("10s")
    Duration flushOnStop();

    /** How long one replica sends the outbox before another may take over; longer than a send takes. */
    @WithDefault("60s")
    Duration lease();
}
