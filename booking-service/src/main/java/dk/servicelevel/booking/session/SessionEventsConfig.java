package dk.servicelevel.booking.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "session-events")
public interface SessionEventsConfig {

    /** The most clicks written in one transaction. */
    @WithDefault("1000")
    int maxPerCommit();

    /**
     * How many transactions of clicks may be on their way to the database at once; clicks arriving meanwhile wait for
     * the next, which takes them all. Kept well below the connection pool's size. Unbooked clicks use all but one.
     */
    @WithDefault("3")
    int concurrentCommits();
}
