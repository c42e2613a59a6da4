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

    /** A batch may make thousands of summaries: each is as large as the durations it holds need, not as the longest. */
    @Test
    void aSketchOfFastAnswersIsSmallAndGrowsWhenASlowOneOrASlowSliceIsMergedIn() {
        SliceSummary fast = SliceSummary.empty(LONGEST_MS);
        fast.record(250, true, THRESHOLD_MS);
        long fastBytes = fast.latency().getEstimatedFootprintInBytes();
        SliceSummary slow = SliceSummary.empty(LONGEST_MS);
        slow.record(2 * LONGEST_MS, true, THRESHOLD_MS);
        SliceSummary stored = SliceSummary.stored(1, 1, 0, fast.sketch());

        stored.merge(slow);
        fast.record(LONGEST_MS / 2, true, THRESHOLD_MS);

        assertThat(fastBytes).isLessThan(32 * 1024);
        assertThat(slow.latency().getMaxValue()).as("beyond the longest: counted as the longest").isEqualTo(
                slow.latency().highestEquivalentValue(LONGEST_MS));
        assertThat(stored.latency().getTotalCount()).isEqualTo(2);
        assertThat(stored.latency().getMaxValue()).isEqualTo(slow.latency().getMaxValue());
        assertThat(fast.latency().getTotalCount()).isEqualTo(2);
    }
}
