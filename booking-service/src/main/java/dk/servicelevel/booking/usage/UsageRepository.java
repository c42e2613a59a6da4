package dk.servicelevel.booking.usage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The sessions and their page views and answers, counted per test and period of a zone. */
@ApplicationScoped
public class UsageRepository {

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

    /** Rows of period start (epoch seconds), test, sessions started and distinct pupils, for sessions started in [from, to). */
    Uni<List<Object[]>> visits(Instant from, Instant to, Granularity granularity, ZoneId zone) {
        return query(VISITS, from, to, granularity, zone);
    }

    /** Rows of period start (epoch seconds), test and hits, for page views and answers in [from, to). */
    Uni<List<Object[]>> hits(Instant from, Instant to, Granularity granularity, ZoneId zone) {
        return query(HITS, from, to, granularity, zone);
    }

    private static Uni<List<Object[]>> query(String sql, Instant from, Instant to, Granularity granularity, ZoneId zone) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("unit", granularity.sqlUnit()).setParameter("zone", zone.getId())
                .setParameter("from", from).setParameter("to", to).getResultList());
    }
}
