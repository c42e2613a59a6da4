package dk.servicelevel.booking.admission;

import java.time.Duration;

/**
 * How long the service takes to answer booked (guaranteed) session requests, as they are answered: the measure of the
 * promise itself (seed 002, Krav 10). Smoothed (an exponentially weighted moving average of the latest answers), so
 * that one slow answer does not count and a trend does; when no booked request has been answered for a while, the
 * service is not slow for them.
 */
public final class GuaranteedLatency {

    /** The weight of the latest answer: about the last fifty answers count. */
    private static final double LATEST_WEIGHT = 0.02;

    private final long limitNanos;
    private final long forgetAfterNanos;
    private double smoothedNanos;
    private long lastAnsweredAt;
    private boolean answered;

    /**
     * @param limit above this the booked requests are answered too slowly, and unbooked ones are turned away
     * @param forgetAfter how long after the last booked answer its latency still counts
     */
    public GuaranteedLatency(Duration limit, Duration forgetAfter) {
        this.limitNanos = limit.toNanos();
        this.forgetAfterNanos = forgetAfter.toNanos();
    }

    /** A booked request answered at {@code now} (System.nanoTime) after {@code nanos}. */
    public synchronized void answered(long nanos, long now) {
        smoothedNanos = answered ? smoothedNanos + LATEST_WEIGHT * (nanos - smoothedNanos) : nanos;
        answered = true;
        lastAnsweredAt = now;
    }

    /** Whether booked requests are, lately, answered more slowly than the limit. */
    public synchronized boolean slow(long now) {
        return answered && now - lastAnsweredAt <= forgetAfterNanos && smoothedNanos > limitNanos;
    }
}
