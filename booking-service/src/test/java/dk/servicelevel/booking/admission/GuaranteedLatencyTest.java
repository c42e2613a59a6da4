package dk.servicelevel.booking.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Booked requests answered slowly of late make the service slow for them; one slow answer, or an old one, does not. */
class GuaranteedLatencyTest {

    private static final long MS = Duration.ofMillis(1).toNanos();
    private final GuaranteedLatency latency = new GuaranteedLatency(Duration.ofMillis(5), Duration.ofSeconds(1));
    private long now;

    @Test
    void nothingAnsweredIsNotSlow() {
        assertThat(latency.slow(now)).isFalse();
    }

    @Test
    void oneSlowAnswerAmongFastOnesDoesNotCount() {
        answer(100, 2);
        answer(1, 100);

        assertThat(latency.slow(now)).isFalse();
    }

    @Test
    void answersSlowerThanTheLimitOfLateAreSlowUntilTheyAreFastAgain() {
        answer(100, 2);
        answer(100, 20);
        assertThat(latency.slow(now)).isTrue();

        answer(200, 2);
        assertThat(latency.slow(now)).isFalse();
    }

    @Test
    void slowAnswersLongAgoNoLongerCount() {
        answer(100, 20);
        assertThat(latency.slow(now)).isTrue();

        assertThat(latency.slow(now + Duration.ofSeconds(2).toNanos())).isFalse();
    }

    /** Booked requests answered one a millisecond, each after the milliseconds given. */
    private void answer(int requests, long millis) {
        for (int i = 0; i < requests; i++) {
            now += MS;
            latency.answered(millis * MS, now);
        }
    }
}
