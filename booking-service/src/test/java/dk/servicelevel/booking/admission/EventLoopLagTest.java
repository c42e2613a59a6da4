package dk.servicelevel.booking.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;

/** An event loop held up by work is seen as a shortage of CPU, and no longer once it runs on time again. */
class EventLoopLagTest {

    private static final Duration HELD_UP = Duration.ofMillis(300);
    private static final Duration WITHIN = Duration.ofSeconds(5);

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aLoopHeldUpLongerThanTheLimitIsShortOfCpuUntilItCatchesUp() throws InterruptedException {
        EventLoopLag lag = new EventLoopLag(config(Duration.ofMillis(20), Duration.ofMillis(5)));
        lag.start(null, vertx);
        assertThat(eventually(() -> !lag.shortOfCpu())).as("idle loops run on time").isTrue();

        vertx.runOnContext(held -> sleep(HELD_UP));

        assertThat(eventually(lag::shortOfCpu)).as("a loop held up for " + HELD_UP).isTrue();
        assertThat(eventually(() -> !lag.shortOfCpu())).as("the loop runs on time again").isTrue();
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static AdmissionConfig config(Duration lagLimit, Duration probeInterval) {
        return new AdmissionConfig() {
            @Override
            public double guaranteedShare() {
                return 0.8;
            }

            @Override
            public boolean adaptive() {
                return false;
            }

            @Override
            public int minConcurrency() {
                return 1;
            }

            @Override
            public int initialConcurrency() {
                return 1;
            }

            @Override
            public int maxConcurrency() {
                return 1;
            }

            @Override
            public Duration lagLimit() {
                return lagLimit;
            }

            @Override
            public Duration writeWaitLimit() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration guaranteedLatencyLimit() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration guaranteedLatencyKeptFor() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration lagProbeInterval() {
                return probeInterval;
            }
        };
    }
}
