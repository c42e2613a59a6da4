package dk.servicelevel.booking.admission;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "admission")
public interface AdmissionConfig {

    /** The share of the concurrency limit kept for guaranteed (booked) sessions. */
    @WithDefault("0.8")
    double guaranteedShare();

    /** Adapt the limit to the measured latency (Gradient2); otherwise it stays at max-concurrency. */
    @WithDefault("true")
    boolean adaptive();

    @WithDefault("8")
    int minConcurrency();

    @WithDefault("16")
    int initialConcurrency();

    @WithDefault("200")
    int maxConcurrency();

    /**
     * Unbooked traffic is refused while an event loop runs later than this (smoothed): the CPU is short, and what it
     * has is kept for booked sessions and for turning the unbooked away.
     */
    @WithDefault("2ms")
    Duration lagLimit();

    /** Unbooked traffic is refused while a click has waited longer than this to be written: the database is short. */
    @WithDefault("20ms")
    Duration writeWaitLimit();

    /**
     * Unbooked traffic is refused while booked session requests are answered, on average lately, more slowly than this:
     * the service keeps its promise to booked sessions before it serves unbooked ones.
     */
    @WithDefault("5ms")
    Duration guaranteedLatencyLimit();

    /** How long the latency of the last booked answer still counts when no more come. */
    @WithDefault("1s")
    Duration guaranteedLatencyKeptFor();

    /** How often each event loop is probed for its lag. */
    @WithDefault("5ms")
    Duration lagProbeInterval();
}
