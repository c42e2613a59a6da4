package dk.servicelevel.booking.usage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
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

    private static final String VISITS = """
            SELECT extract(epoch FROM date_trunc(:unit, started_at AT TIME ZONE :zone) AT TIME ZONE :zone)::bigint,
                   test_code, count(*), count(DISTINCT pupil)
            FROM test_session WHERE started_at >= :from AND started_at < :to
            GROUP BY 1, 2""";

    private static final String HITS = """
            SELECT extract(epoch FROM date_trunc(:unit, e.at AT TIME ZONE :zone) AT TIME ZONE :zone)::bigint,
                   s.test_code, count(*)
            FROM session_event e JOIN test_session s ON s.id = e.session_id
            WHERE e.at >= :from AND e.at < :to
            GROUP BY 1, 2""";

    @WithSession
    public Uni<List<UsageFigures>> between(Instant from, Instant to, Granularity granularity, ZoneId zone) {
        Map<Key, long[]> figures = new TreeMap<>();
        return query(VISITS, from, to, granularity, zone).invoke(rows -> rows.forEach(row -> {
            long[] f = figures.computeIfAbsent(key(row), k -> new long[3]);
            f[0] = number(row[2]);
            f[2] = number(row[3]);
        })).chain(() -> query(HITS, from, to, granularity, zone)).map(rows -> {
            rows.forEach(row -> figures.computeIfAbsent(key(row), k -> new long[3])[1] = number(row[2]));
            List<UsageFigures> usage = new ArrayList<>();
            figures.forEach((key, f) -> usage.add(new UsageFigures(key.period(), key.test(), f[0], f[1], f[2])));
            return usage;
        });
    }

    private static Uni<List<Object[]>> query(String sql, Instant from, Instant to, Granularity granularity, ZoneId zone) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("unit", granularity.sqlUnit()).setParameter("zone", zone.getId())
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    private static Key key(Object[] row) {
        return new Key(Instant.ofEpochSecond(number(row[0])), (String) row[1]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
