package dk.servicelevel.sla.measurement;

import java.time.Instant;
import java.util.Comparator;

/** What measurements are summed up by: system, interface, class, operation and the start of the slice. */
public record SliceKey(String system, MeasuredInterface measuredAt, UserClass userClass, String operation, Instant sliceStart)
        implements Comparable<SliceKey> {

    private static final Comparator<SliceKey> ORDER = Comparator.comparing(SliceKey::system)
            .thenComparing(SliceKey::measuredAt).thenComparing(SliceKey::userClass)
            .thenComparing(SliceKey::operation).thenComparing(SliceKey::sliceStart);

    @Override
    public int compareTo(SliceKey other) {
        return ORDER.compare(this, other);
    }
}
