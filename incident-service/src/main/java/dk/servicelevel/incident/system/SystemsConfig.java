package dk.servicelevel.incident.system;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "systems")
public interface SystemsConfig {

    /** How long a read of sla-service's catalogue is used before it is read again. */
    @WithDefault("5m")
    Duration catalogueMaxAge();

    /** How long a read of the catalogue may take before the last one read is used instead. */
    @WithDefault("2s")
    Duration readTimeout();
}
