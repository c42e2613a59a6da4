package dk.servicelevel.booking.measurement;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "measurements")
public interface MeasurementConfig {

    /** The system the sessions' response times are measured for in sla-service. */
    @WithDefault("NT")
    String system();

    /** How often the measured requests are sent to sla-service ({@code off} to keep them). */
    @WithDefault("5s")
    String interval();

    /** The most samples sent in one batch. */
    @WithDefault("10000")
    int batchSize();

    /** How long a stopping service may take to hand what it measured to sla-service. */
    @WithDefault("10s")
    Duration flushOnStop();

    /** The most samples kept while sla-service does not answer; the oldest go first. */
    @WithDefault("200000")
    int maxQueued();
}
