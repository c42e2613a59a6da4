package dk.servicelevel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replication benchmark at a small scale: one second each way, so that it cannot break unseen. */
class SynchronousCommitBenchmarkTest {

    @Test
    void measuresBothWaysOfAcknowledgingAgainstAStandbyThatReplaysEverything(@TempDir Path work) throws Exception {
        SynchronousCommitBenchmark.Measured measured = SynchronousCommitBenchmark.measure(work, null, 1, 1);

        assertThat(measured.alone().tps()).isPositive();
        assertThat(measured.waited().tps()).isPositive();
        assertThat(measured.waited().latencyMillis()).isPositive();
        assertThat(measured.onPrimary()).isPositive();
        assertThat(measured.onStandby()).isEqualTo(measured.onPrimary());
    }
}
