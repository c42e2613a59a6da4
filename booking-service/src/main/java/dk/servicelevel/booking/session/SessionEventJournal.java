package dk.servicelevel.booking.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The clicks of running sessions, written in group commits: the clicks that arrive while earlier ones are being
 * written wait for the next write, which takes them all with their measurements in one statement. A click is
 * answered only once its statement committed, so an acknowledged click is stored and measured, never lost. The clicks
 * of a session that has ended are not written: a click sent after the end was answered finds it ended.
 * <p>
 * Booked clicks never wait behind unbooked ones (seed 002, Krav 10): they are written first, in commits of their own,
 * and one of the concurrent commits is always kept for them.
 */
@ApplicationScoped
public class SessionEventJournal {

    /**
     * One statement, so one round trip and atomic by itself: the clicks of running sessions are written with their
     * measurements (into the measurement outbox), and the sessions whose clicks were written are answered.
     */
    private static final String WRITE = """
            WITH click AS (
                SELECT DISTINCT ON (session_id, idempotency_key, CASE WHEN idempotency_key IS NULL THEN nth END) *
                FROM unnest($1::bigint[], $2::varchar[], $3::timestamptz[], $4::varchar[], $5::bigint[], $7::varchar[])
                    WITH ORDINALITY AS c (session_id, kind, at, user_class, duration_ms, idempotency_key, nth)),
            seen AS (
                SELECT click.session_id, click.idempotency_key FROM click
                JOIN session_event e ON e.session_id = click.session_id AND e.idempotency_key = click.idempotency_key),
            running AS (
                SELECT click.* FROM click JOIN test_session s ON s.id = click.session_id AND s.state = 'STARTED'),
            event AS (
                INSERT INTO session_event (session_id, kind, at, idempotency_key)
                SELECT session_id, kind, at, idempotency_key FROM running
                ON CONFLICT DO NOTHING
                RETURNING session_id, idempotency_key),
            measured AS (
                INSERT INTO measurement_outbox (operation, user_class, at, duration_ms, ok)
                SELECT $6, r.user_class, r.at, r.duration_ms, true FROM running r
                WHERE r.idempotency_key IS NULL OR EXISTS (
                    SELECT 1 FROM event e WHERE e.session_id = r.session_id AND e.idempotency_key = r.idempotency_key))
            SELECT session_id, idempotency_key FROM running
            UNION SELECT session_id, idempotency_key FROM seen""";

    /** A click waiting to be written, with the client's idempotency key if it sent one. */
    record Click(SessionFacts session, SessionEvent.Kind kind, Arrival arrival, String key, UniEmitter<? super Boolean> answer) {

        /** How the statement's answer names this click: its session, and its key if it has one. */
        Written written() {
            return new Written(session.id(), key);
        }
    }

    /** A click the statement wrote or had written before: its session and key (null without one). */
    private record Written(long sessionId, String key) {
    }

    private final Pool database;
    private final SessionEventsConfig config;
    private final Map<UserClass, Queue<Click>> waiting = new EnumMap<>(UserClass.class);
    private final AtomicInteger commitsUnderway = new AtomicInteger();

    SessionEventJournal(Pool database, SessionEventsConfig config) {
        this.database = database;
        this.config = config;
        for (UserClass userClass : UserClass.values()) {
            waiting.put(userClass, new ConcurrentLinkedQueue<>());
        }
    }

    /**
     * Writes the click and its measurement; true once committed, false when the session is not running. A click with
     * a key that was written before is not written again, and answered true as the first time.
     */
    public Uni<Boolean> record(SessionFacts session, SessionEvent.Kind kind, Arrival arrival, String key) {
        return Uni.createFrom().emitter(answer -> {
            waiting.get(session.userClass()).add(new Click(session, kind, arrival, key, answer));
            commitIfFree();
        });
    }

    /**
     * Whether the oldest click waiting to be written arrived longer ago than the limit: the database is not keeping
     * up, whatever the CPU of this service shows.
     */
    public boolean behind(Duration limit) {
        long now = System.nanoTime();
        for (Queue<Click> queue : waiting.values()) {
            Click oldest = queue.peek();
            if (oldest != null && now - oldest.arrival().nanos() > limit.toNanos()) {
                return true;
            }
        }
        return false;
    }

    private void commitIfFree() {
        while (true) {
            int underway = commitsUnderway.get();
            Queue<Click> next = nextToWrite(underway);
            if (next == null) {
                return;
            }
            if (commitsUnderway.compareAndSet(underway, underway + 1)) {
                commit(take(next));
                return;
            }
        }
    }

    /** The booked clicks while any wait; the unbooked ones only while a commit is left over for booked ones. */
    private Queue<Click> nextToWrite(int underway) {
        int commits = config.concurrentCommits();
        if (underway >= commits) {
            return null;
        }
        Queue<Click> booked = waiting.get(UserClass.GUARANTEED);
        if (!booked.isEmpty()) {
            return booked;
        }
        Queue<Click> unbooked = waiting.get(UserClass.BEST_EFFORT);
        return !unbooked.isEmpty() && underway < Math.max(1, commits - 1) ? unbooked : null;
    }

    private List<Click> take(Queue<Click> queue) {
        List<Click> clicks = new ArrayList<>();
        Click click;
        while (clicks.size() < config.maxPerCommit() && (click = queue.poll()) != null) {
            clicks.add(click);
        }
        return clicks;
    }

    private void commit(List<Click> clicks) {
        if (clicks.isEmpty()) {
            committed();
            return;
        }
        database.preparedQuery(WRITE).execute(parameters(clicks, System.nanoTime())).subscribe().with(rows -> {
            committed();
            Set<Written> written = new HashSet<>();
            for (Row row : rows) {
                written.add(new Written(row.getLong(0), row.getString(1)));
            }
            clicks.forEach(click -> click.answer().complete(written.contains(click.written())));
        }, failure -> {
            committed();
            clicks.forEach(click -> click.answer().fail(failure));
        });
    }

    private void committed() {
        commitsUnderway.decrementAndGet();
        commitIfFree();
    }

    /** Each click measured from its arrival until its write began. */
    private static Tuple parameters(List<Click> clicks, long now) {
        int size = clicks.size();
        Long[] sessions = new Long[size];
        String[] kinds = new String[size];
        OffsetDateTime[] at = new OffsetDateTime[size];
        String[] classes = new String[size];
        Long[] durations = new Long[size];
        String[] keys = new String[size];
        for (int i = 0; i < size; i++) {
            Click click = clicks.get(i);
            sessions[i] = click.session().id();
            kinds[i] = click.kind().name();
            at[i] = click.arrival().at().atOffset(ZoneOffset.UTC);
            classes[i] = click.session().userClass().name();
            durations[i] = TimeUnit.NANOSECONDS.toMillis(now - click.arrival().nanos());
            keys[i] = click.key();
        }
        return Tuple.tuple(List.of(sessions, kinds, at, classes, durations, Arrival.CLICK, keys));
    }
}
