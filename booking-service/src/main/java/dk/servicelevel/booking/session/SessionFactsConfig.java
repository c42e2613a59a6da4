package dk.servicelevel.booking.session;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "session-facts")
public interface SessionFactsConfig {

    /** The most sessions whose school and class are kept in memory: a test day's sessions of one replica and more. */
    @WithDefault("500000")
    long maximumSize();

    /** How long a session's facts are kept after they were first needed: longer than a test and its slot. */
    @WithDefault("PT3H")
    Duration keptFor();
}
