package dk.servicelevel.sla.measurement;

import java.time.Instant;
import java.util.Comparator;

/** What the operations within an SLA's own threshold are counted by: system, interface, class, threshold and slice. */
public record WithinKey(String system, MeasuredInterface measuredAt, UserClass userClass, long thresholdMs, Instant sliceStart)
        implements Comparable<WithinKey> {

    private static final Comparator<WithinKey> ORDER = Comparator.comparing(WithinKey::system)
            .thenComparing(WithinKey::measuredAt).thenComparing(WithinKey::userClass)
            .thenComparingLong(WithinKey::thresholdMs).thenComparing(WithinKey::sliceStart);

    @Override
    public int compareTo(WithinKey other) {
        return ORDER.compare(this, other);
    }
}
