package dk.servicelevel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.servicelevel.load.TransactionLog.Figures;
import dk.servicelevel.load.TransactionLog.Measurement;
import dk.servicelevel.load.TransactionLog.Outcome;
import dk.servicelevel.load.TransactionLog.Summary;

class TransactionLogTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void latencyCountsTheAnsweredRequestsAndTheGuaranteeEveryRequestSent() {
        TransactionLog log = new TransactionLog("NT");
        for (int i = 1; i <= 96; i++) {
            log.record("test-sessions", "click", "GUARANTEED", Outcome.OK, Duration.ofMillis(i), AT.plusMillis(i));
        }
        log.record("test-sessions", "click", "GUARANTEED", Outcome.OK, Duration.ofMillis(3_001), AT);
        log.record("test-sessions", "click", "GUARANTEED", Outcome.OK, Duration.ofMillis(3_000), AT);
        log.record("test-sessions", "click", "GUARANTEED", Outcome.REFUSED, Duration.ofMillis(2), AT);
        log.record("test-sessions", "click", "GUARANTEED", Outcome.ERROR, Duration.ofMillis(30_000), AT);
        log.record("test-sessions", "click", "BEST_EFFORT", Outcome.REFUSED, Duration.ofMillis(1), AT);
        log.record("test-sessions", "click", "BEST_EFFORT", Outcome.UNSENT, Duration.ofMillis(0), AT);

        Summary summary = log.summary("scaling-2", 1, Duration.ofSeconds(10), 0, null);
        Figures guaranteed = summary.of("test-sessions", "GUARANTEED").orElseThrow();

        assertThat(guaranteed.requests()).isEqualTo(100);
        assertThat(guaranteed.ok()).isEqualTo(98);
        assertThat(guaranteed.refused()).isEqualTo(1);
        assertThat(guaranteed.errors()).isEqualTo(1);
        assertThat(guaranteed.p50Millis()).isCloseTo(49, within(0.1));
        assertThat(guaranteed.maxMillis()).isCloseTo(3_001, within(3.0));
        assertThat(guaranteed.okWithinGuarantee()).isEqualTo(0.97);
        assertThat(guaranteed.seconds()).isEqualTo(30.0);
        Figures bestEffort = summary.of("test-sessions", "BEST_EFFORT").orElseThrow();
        assertThat(bestEffort.refused()).isEqualTo(1);
        assertThat(bestEffort.unsent()).isEqualTo(1);
        assertThat(bestEffort.okWithinGuarantee()).isZero();
        assertThat(summary.requests()).isEqualTo(102);
        assertThat(summary.line()).startsWith("load scaling-2 x 1.000: 102 requests in 10 s")
                .contains("test-sessions GUARANTEED: 100 requests, p50 49.0 ms")
                .contains("97.0 % answered within 3 s, 1 refused (p95 2.0 ms), 1 errors, 0 unsent");
        assertThat(log.drainMeasurements()).as("one measurement per request sent").hasSize(101);
    }

    @Test
    void theWarmUpIsCountedApartAndStillMeasured() {
        TransactionLog log = new TransactionLog("NT");
        log.measureFrom(AT.plusSeconds(4));
        log.record("test-sessions", "click", "GUARANTEED", Outcome.OK, Duration.ofMillis(120), AT.plusMillis(3_999));
        log.record("test-sessions", "click", "GUARANTEED", Outcome.OK, Duration.ofMillis(9), AT.plusSeconds(4));
        log.record("test-sessions", "click", "GUARANTEED", Outcome.OK, Duration.ofMillis(11), AT.plusSeconds(5));

        Summary summary = log.summary("scaling-2", 1, Duration.ofSeconds(10), 0, null);

        assertThat(summary.of("test-sessions", "GUARANTEED").orElseThrow().requests()).isEqualTo(2);
        assertThat(summary.of("test-sessions", "GUARANTEED").orElseThrow().maxMillis()).isCloseTo(11, within(0.1));
        assertThat(summary.warmUp()).singleElement().satisfies(warmUp -> {
            assertThat(warmUp.requests()).isEqualTo(1);
            assertThat(warmUp.p95Millis()).isCloseTo(120, within(0.2));
        });
        assertThat(summary.line()).contains("warm-up, not counted above: test-sessions GUARANTEED: 1 requests");
        assertThat(log.drainMeasurements()).as("the warm-up's transactions are the platform's operations too").hasSize(3);
    }

    @Test
    void everyTransactionBecomesOneMeasurementAtInterfaceD() {
        TransactionLog log = new TransactionLog("NT");
        log.record("booking-rush", "book", "GUARANTEED", Outcome.OK, Duration.ofMillis(12), AT);
        log.record("booking-rush", "book", "GUARANTEED", Outcome.REFUSED, Duration.ofMillis(8), AT.plusSeconds(1));

        List<Measurement> measurements = log.drainMeasurements();

        assertThat(measurements).containsExactlyInAnyOrder(
                new Measurement("NT", "D", "book", "GUARANTEED", AT, 12, true),
                new Measurement("NT", "D", "book", "GUARANTEED", AT.plusSeconds(1), 8, false));
        assertThat(log.drainMeasurements()).isEmpty();
    }
}
