package dk.servicelevel.booking.usage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Visits, hits and unique pupils per test and hour, day or month of a zone: visits and pupils by when sessions
 * started, hits by when they happened.
 */
@ApplicationScoped
public class UsageStatistics {

    private record Key(Instant period, String test) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byPeriod = period.compareTo(other.period);
            return byPeriod != 0 ? byPeriod : test.compareTo(other.test);
        }
    }

    private final UsageRepository usage;

    UsageStatistics(UsageRepository usage) {
        this.usage = usage;
    }

    @WithSession
    public Uni<List<UsageFigures>> between(Instant from, Instant to, Granularity granularity, ZoneId zone) {
        Map<Key, long[]> figures = new TreeMap<>();
        return usage.visits(from, to, granularity, zone).invoke(rows -> rows.forEach(row -> {
            long[] f = figures.computeIfAbsent(key(row), k -> new long[3]);
            f[0] = number(row[2]);
            f[2] = number(row[3]);
        })).chain(() -> usage.hits(from, to, granularity, zone)).map(rows -> {
            rows.forEach(row -> figures.computeIfAbsent(key(row), k -> new long[3])[1] = number(row[2]));
            List<UsageFigures> all = new ArrayList<>();
            figures.forEach((key, f) -> all.add(new UsageFigures(key.period(), key.test(), f[0], f[1], f[2])));
            return all;
        });
    }

    private static Key key(Object[] row) {
        return new Key(Instant.ofEpochSecond(number(row[0])), (String) row[1]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
