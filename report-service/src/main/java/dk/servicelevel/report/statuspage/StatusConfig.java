package dk.servicelevel.report.statuspage;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the status page keeps its figures: computed once, served from memory, refreshed when their records change. */
@ConfigMapping(prefix = "status")
public interface StatusConfig {

    /** How often the board asks incident-service which systems' records were written, and reads the colours now. */
    @WithDefault("10s")
    String pollEvery();

    /**
     * How far before the previous answer each question reaches, so that a write still in flight when it was read is
     * seen once it commits. Longer than any request may take.
     */
    @WithDefault("PT1M")
    Duration overlap();

    /** The current month's figures are computed again at least this often: its availability changes as it goes on. */
    @WithDefault("PT5M")
    Duration currentMonthMaxAge();

    /** A closed month's figures are computed again this often, for a revised SLA or late measurements. */
    @WithDefault("PT24H")
    Duration closedMonthMaxAge();

    /** The most system-months kept in memory (a system shown for one month is one). */
    @WithDefault("20000")
    long maxSystemMonths();

    /** How far back the feeds reach: incidents known and planned work begun since. */
    @WithDefault("P30D")
    Duration feedsReachBack();

    /** How far ahead the feeds reach: service windows and changes announced for the coming year. */
    @WithDefault("P365D")
    Duration feedsReachAhead();
}
