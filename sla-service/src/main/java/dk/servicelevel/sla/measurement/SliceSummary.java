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

    private long operations;
    private long withinThreshold;
    private long errors;
    private final Histogram latency;

    private SliceSummary(long operations, long withinThreshold, long errors, Histogram latency) {
        this.operations = operations;
        this.withinThreshold = withinThreshold;
        this.errors = errors;
        this.latency = latency;
    }

    public static SliceSummary empty(long longestMillis) {
        return new SliceSummary(0, 0, 0, new Histogram(longestMillis, SIGNIFICANT_DIGITS));
    }

    public static SliceSummary stored(long operations, long withinThreshold, long errors, byte[] sketch) {
        try {
            Histogram latency = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(sketch), 0);
            return new SliceSummary(operations, withinThreshold, errors, latency);
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
        latency.recordValue(Math.min(durationMs, latency.getHighestTrackableValue()));
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

    public byte[] sketch() {
        ByteBuffer buffer = ByteBuffer.allocate(latency.getNeededByteBufferCapacity());
        int length = latency.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }
}
