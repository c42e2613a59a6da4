package dk.servicelevel.booking.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Booked requests answered slowly of late make the service slow for them; one slow answer, or an old one, does not. */
class GuaranteedLatencyTest {

    private static final long MS = Duration.ofMillis(1).toNanos();
    private final GuaranteedLatency latency = new GuaranteedLatency(Duration.ofMillis(5), Duration.ofSeconds(1));

    @Test
    void nothingAnsweredIsNotSlow() {
        assertThat(latency.slow(0)).isFalse();
    }

    @Test
    void oneSlowAnswerAmongFastOnesDoesNotCount() {
        long now = 0;
        for (int i = 0; i < 100; i++) {
            latency.answered(2 * MS, now += MS);
        }
        latency.answered(100 * MS, now += MS);

        assertThat(latency.slow(now)).isFalse();
    }

    @Test
    void answersSlowerThanTheLimitOfLateAreSlowUntilTheyAreFastAgain() {
        long now = 0;
        for (int i = 0; i < 100; i++) {
            latency.answered(2 * MS, now += MS);
        }
        for (int i = 0; i < 100; i++) {
            latency.answered(20 * MS, now += MS);
        }
        assertThat(latency.slow(now)).isTrue();

        for (int i = 0; i < 200; i++) {
            latency.answered(2 * MS, now += MS);
        }
        assertThat(latency.slow(now)).isFalse();
    }

    @Test
    void slowAnswersLongAgoNoLongerCount() {
        long now = 0;
        for (int i = 0; i < 100; i++) {
            latency.answered(20 * MS, now += MS);
        }
        assertThat(latency.slow(now)).isTrue();

        assertThat(latency.slow(now + Duration.ofSeconds(2).toNanos())).isFalse();
    }
}
