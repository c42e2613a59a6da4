package dk.servicelevel.incident.change;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "changes")
public interface ChangeConfig {

    /** How long before a change with downtime the users must be told (seed 004: "minst 2-dagars varsel"). */
    @WithDefault("P2D")
    Duration downtimeNotice();
}
