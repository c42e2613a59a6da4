package dk.servicelevel.sla.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class SliceSummaryTest {

    private static final long LONGEST_MS = 3_600_000;
    private static final long THRESHOLD_MS = 3_000;

    @Test
    void countsAndSketchesTheOperationsOfASlice() {
        SliceSummary summary = SliceSummary.empty(LONGEST_MS);
        summary.record(400, true, THRESHOLD_MS);
        summary.record(3_000, true, THRESHOLD_MS);
        summary.record(3_001, true, THRESHOLD_MS);
        summary.record(100, false, THRESHOLD_MS);

        assertThat(summary.operations()).isEqualTo(4);
        assertThat(summary.withinThreshold()).isEqualTo(2);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.latency().getTotalCount()).as("successful operations only").isEqualTo(3);
    }

    @Test
    void aStoredSketchReadsBackTheSameWhetherWrittenNowOrCompressedAsBefore() {
        SliceSummary summary = SliceSummary.empty(LONGEST_MS);
        for (long ms = 100; ms < 5_000; ms += 7) {
            summary.record(ms, true, THRESHOLD_MS);
        }
        Histogram written = summary.latency();
        ByteBuffer compressed = ByteBuffer.allocate(written.getNeededByteBufferCapacity());
        byte[] before = Arrays.copyOf(compressed.array(), written.encodeIntoCompressedByteBuffer(compressed));

        for (byte[] sketch : new byte[][] { summary.sketch(), before }) {
            Histogram read = SliceSummary.stored(1, 1, 0, sketch).latency();
            assertThat(read).isEqualTo(written);
            assertThat(read.getValueAtPercentile(95)).isEqualTo(written.getValueAtPercentile(95));
        }
    }
}
