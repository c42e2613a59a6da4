package dk.servicelevel.booking.warmup;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a replica warms up before it says it is ready (docs/operations.md, "Warm before ready"). */
@ConfigMapping(prefix = "warm-up")
public interface WarmUpConfig {

    /** Off: ready as soon as the database answers, cold. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Rounds of the hot paths: each round sends a booking, a click and a read of a day's slots through the replica's
     * own HTTP port and runs the booking's and the click's statements. Measured: 4,000 rounds take the JIT through
     * what a booking rush and a test day's clicks need (docs/load-and-benchmarks.md, "booking-service: a fresh replica").
     */
    @WithDefault("4000")
    int rounds();

    /** Rounds under way at once: as many as the pool has connections, so every connection opens and prepares. */
    @WithDefault("${quarkus.datasource.reactive.max-size:20}")
    int concurrency();

    /**
     * After its rounds the warm-up goes on while the JIT compiler took more than this share of a CPU in the last
     * second: measured, a fresh replica's compilers otherwise went on taking 25-45 % of the CPU for two minutes after
     * the rounds, beside the first rush and the first clicks.
     */
    @WithDefault("0.05")
    double compilingBelow();

    /**
     * A replica that has not warmed within this is ready anyway, and says so: serving cold beats not serving. Its
     * start-up probe asks for /q/health/started, not ready, so a warm-up this long stops no pod.
     */
    @WithDefault("180s")
    Duration atMost();
}
