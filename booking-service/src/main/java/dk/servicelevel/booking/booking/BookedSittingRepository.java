package dk.servicelevel.booking.booking;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The sittings of a test in a term that the active bookings hold for their pupils (seed 002, Krav 5): each booked
 * pupil's sittings numbered from 1 up to the pupil's limit, the number unique per pupil, test and term. Changed only
 * in the transaction that moves or cancels the booking; a new booking takes its sittings in its own statement.
 */
@ApplicationScoped
public class BookedSittingRepository {

    /** The constraint that keeps two bookings made at once from taking one sitting. */
    static final String ONCE = "booked_sitting_once";

    private static final String HOLD = """
            INSERT INTO booked_sitting (booking_id, pupil, test_code, term_starts_on, sitting)
            SELECT CAST(:booking AS bigint), pupil, CAST(:test AS varchar), CAST(:startsOn AS date), n FROM (
                SELECT p.pupil, %s AS n FROM unnest(string_to_array(CAST(:pupils AS text), ',')) AS p (pupil)) free
            WHERE n IS NOT NULL""".formatted(lowestFreeSitting("p.pupil", "CAST(:test AS varchar)", "CAST(:startsOn AS date)",
            "CAST(:until AS date)", "CAST(:sittings AS int)", "CAST(:startsAt AS timestamptz)", "CAST(:endsAt AS timestamptz)"));

    private static final String USED_UP = """
            SELECT p.class_id, count(*) FROM pupil p
            WHERE p.institution_number = CAST(:school AS varchar) AND %s IS NULL
            GROUP BY p.class_id""".formatted(lowestFreeSitting("p.pseudonym", "CAST(:test AS varchar)", "CAST(:startsOn AS date)",
            "CAST(:until AS date)", "CAST(:sittings AS int)", "CAST(:startsAt AS timestamptz)", "CAST(:endsAt AS timestamptz)"));

    /**
     * A sitting of the test in the term that the pupil has free, within the pupil's limit (the sittings without
     * illness, one more for each illness registered in the term), counting the sittings the pupil took without a
     * booking in the term as taken too (seed 002, Krav 5: "uanset om der er booket tid eller ej"): of the free numbers,
     * as many as those are passed over and the next one is taken; null when none is left. The arguments are the SQL of
     * the pupil, the test, the term's first day, the day after it, the sittings without illness, and the instants the
     * term begins and ends. (Counting the booked sittings apart instead cost twice as much per pupil, measured.)
     */
    static String lowestFreeSitting(String pupil, String test, String termStartsOn, String termUntil, String sittingsWithoutIllness,
            String termStartsAt, String termEndsAt) {
        return """
                (SELECT n FROM generate_series(1, %5$s + (
                    SELECT count(*)::int FROM illness i
                    WHERE i.pupil = %1$s AND i.test_code = %2$s AND i.registered_on >= %3$s AND i.registered_on < %4$s)) n
                 WHERE NOT EXISTS (SELECT 1 FROM booked_sitting s
                    WHERE s.pupil = %1$s AND s.test_code = %2$s AND s.term_starts_on = %3$s AND s.sitting = n)
                 ORDER BY n
                 OFFSET (SELECT count(*) FROM test_session t
                    WHERE t.pupil = %1$s AND t.test_code = %2$s AND t.booking_id IS NULL AND t.state <> 'ABORTED'
                        AND t.started_at >= %6$s AND t.started_at < %7$s)
                 LIMIT 1)"""
                .formatted(pupil, test, termStartsOn, termUntil, sittingsWithoutIllness, termStartsAt, termEndsAt);
    }

    /** Takes a sitting for each of the booking's pupils that has one free; answers how many did. In the booking's transaction. */
    Uni<Integer> hold(long bookingId, List<String> pupils, String test, TermOfSlot term) {
        return Panache.getSession().chain(session -> session.createNativeQuery(HOLD)
                .setParameter("booking", bookingId).setParameter("pupils", String.join(",", pupils)).setParameter("test", test)
                .setParameter("startsOn", term.startsOn()).setParameter("until", term.until())
                .setParameter("sittings", term.sittingsWithoutIllness())
                .setParameter("startsAt", term.startsAt()).setParameter("endsAt", term.endsAt())
                .executeUpdate());
    }

    /** How many pupils of each of the school's classes have no sitting of the test left in the term; classes with none are absent. */
    public Uni<Map<Long, Long>> usedUpByClass(String school, String test, TermOfSlot term) {
        return Panache.getSession().chain(session -> session.createNativeQuery(USED_UP, Object[].class)
                .setParameter("school", school).setParameter("test", test).setParameter("startsOn", term.startsOn())
                .setParameter("until", term.until()).setParameter("sittings", term.sittingsWithoutIllness())
                .setParameter("startsAt", term.startsAt()).setParameter("endsAt", term.endsAt())
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue())));
    }

    /** Gives the booking's sittings back. In the transaction that cancels or moves it. */
    Uni<Void> release(long bookingId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("DELETE FROM booked_sitting WHERE booking_id = :booking")
                .setParameter("booking", bookingId).executeUpdate())
                .replaceWithVoid();
    }
}
