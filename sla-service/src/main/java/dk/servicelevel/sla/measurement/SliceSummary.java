package dk.servicelevel.sla.measurement;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;

import org.HdrHistogram.Histogram;

/**
 * The operations of one slice: how many, how many succeeded within the threshold, how many failed, and a latency
 * sketch of the successful ones (HdrHistogram, 3 significant digits) that merges with others without loss.
 */
public final class SliceSummary {

    static final int SIGNIFICANT_DIGITS = 3;
    /** How a sketch compressed by HdrHistogram begins: its cookie, without the word-size bits (0xf0). */
    private static final int COMPRESSED_COOKIE = 0x1c849304;
    private static final int WORD_SIZE_BITS = 0xf0;

    private long operations;
    private long withinThreshold;
    private long errors;
    private final long longestMillis;
    private final Histogram latency;

    private SliceSummary(long operations, long withinThreshold, long errors, long longestMillis, Histogram latency) {
        this.operations = operations;
        this.withinThreshold = withinThreshold;
        this.errors = errors;
        this.longestMillis = longestMillis;
        this.latency = latency;
        // sized by the durations recorded, not by the longest one possible: a sketch of answers under 2 s takes 16 KB, one
        // sized for an hour 106 KB, and a batch may hold thousands of slices
        latency.setAutoResize(true);
    }

    public static SliceSummary empty(long longestMillis) {
        return new SliceSummary(0, 0, 0, longestMillis, new Histogram(SIGNIFICANT_DIGITS));
    }

    /**
     * A stored summary, to merge others into; its sketch in HdrHistogram's encoding, or (as written before) its
     * compressed encoding.
     */
    public static SliceSummary stored(long operations, long withinThreshold, long errors, byte[] sketch) {
        ByteBuffer buffer = ByteBuffer.wrap(sketch);
        Histogram latency = (buffer.getInt(0) & ~WORD_SIZE_BITS) == COMPRESSED_COOKIE ? decompressed(buffer) : Histogram.decodeFromByteBuffer(buffer, 0);
        return new SliceSummary(operations, withinThreshold, errors, latency.getHighestTrackableValue(), latency);
    }

    private static Histogram decompressed(ByteBuffer buffer) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(buffer, 0);
        } catch (DataFormatException e) {
            throw new IllegalStateException("A stored latency sketch cannot be read", e);
        }
    }

    /** Counts one operation; a duration beyond what the sketch tells apart is recorded as the longest. */
    public void record(long durationMs, boolean ok, long thresholdMs) {
        operations++;
        if (!ok) {
            errors++;
            return;
        }
        if (durationMs <= thresholdMs) {
            withinThreshold++;
        }
        latency.recordValue(Math.min(durationMs, longestMillis));
    }

    public void merge(SliceSummary other) {
        operations += other.operations;
        withinThreshold += other.withinThreshold;
        errors += other.errors;
        latency.add(other.latency);
    }

    public long operations() {
        return operations;
    }

    public long withinThreshold() {
        return withinThreshold;
    }

    public long errors() {
        return errors;
    }

    public Histogram latency() {
        return latency;
    }

    /**
     * The sketch as stored: HdrHistogram's encoding (zig-zag variable-length counts), not compressed further, as
     * compressing it took 5 % of ingestion's time to save less than half of a few hundred bytes per slice.
     */
    public byte[] sketch() {
        ByteBuffer buffer = ByteBuffer.allocate(latency.getNeededByteBufferCapacity());
        int length = latency.encodeIntoByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }
}
