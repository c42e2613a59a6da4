package dk.servicelevel.booking.measurement;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "measurements")
public interface MeasurementConfig {

    /** The system the sessions' response times are measured for in sla-service. */
    @WithDefault("NT")
    String system();

    /** How often the measured requests are sent to sla-service ({@code off} to keep them in the outbox). */
    @WithDefault("5s")
    String interval();

    /** The most samples sent in one batch. */
    @WithDefault("10000")
    int batchSize();

    /** How long a stopping service may take to hand what it measured to sla-service; the rest waits in the outbox. */
    @WithDefault("10s")
    Duration flushOnStop();

    /** How long one replica sends the outbox before another may take over; longer than a send takes. */
    @WithDefault("60s")
    Duration lease();
}
