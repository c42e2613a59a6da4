package dk.servicelevel.booking.session;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 */
@ApplicationScoped
public class SessionEventJournal {

    /**
     * One statement, so one round trip and atomic by itself: the clicks of running sessions are written with their
     * measurements (into the measurement outbox), and the sessions whose clicks were written are answered.
     */
    private static final String WRITE = """
            WITH click AS (
                SELECT * FROM unnest($1::bigint[], $2::varchar[], $3::timestamptz[], $4::varchar[], $5::bigint[])
                    AS c (session_id, kind, at, user_class, duration_ms)),
            running AS (
                SELECT click.* FROM click JOIN test_session s ON s.id = click.session_id AND s.state = 'STARTED'),
            event AS (
                INSERT INTO session_event (session_id, kind, at) SELECT session_id, kind, at FROM running),
            measured AS (
                INSERT INTO measurement_outbox (operation, user_class, at, duration_ms, ok)
                SELECT $6, user_class, at, duration_ms, true FROM running)
            SELECT DISTINCT session_id FROM running""";

    /** A click waiting to be written. */
    record Click(SessionFacts session, SessionEvent.Kind kind, Arrival arrival, UniEmitter<? super Boolean> answer) {
    }

    private final Pool database;
    private final SessionEventsConfig config;
    private final Queue<Click> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger commitsUnderway = new AtomicInteger();

    SessionEventJournal(Pool database, SessionEventsConfig config) {
        this.database = database;
        this.config = config;
    }

    /** Writes the click and its measurement; true once committed, false when the session is not running. */
    public Uni<Boolean> record(SessionFacts session, SessionEvent.Kind kind, Arrival arrival) {
        return Uni.createFrom().emitter(answer -> {
            waiting.add(new Click(session, kind, arrival, answer));
            commitIfFree();
        });
    }

    /**
     * Whether the oldest click waiting to be written arrived longer ago than the limit: the database is not keeping
     * up, whatever the CPU of this service shows.
     */
    public boolean behind(Duration limit) {
        Click oldest = waiting.peek();
        return oldest != null && System.nanoTime() - oldest.arrival().nanos() > limit.toNanos();
    }

    private void commitIfFree() {
        while (!waiting.isEmpty()) {
            int underway = commitsUnderway.get();
            if (underway >= config.concurrentCommits()) {
                return;
            }
            if (commitsUnderway.compareAndSet(underway, underway + 1)) {
                commit(next());
                return;
            }
        }
    }

    private List<Click> next() {
        List<Click> clicks = new ArrayList<>();
        Click click;
        while (clicks.size() < config.maxPerCommit() && (click = waiting.poll()) != null) {
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
            Set<Long> running = new HashSet<>();
            for (Row row : rows) {
                running.add(row.getLong(0));
            }
            clicks.forEach(click -> click.answer().complete(running.contains(click.session().id())));
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
        for (int i = 0; i < size; i++) {
            Click click = clicks.get(i);
            sessions[i] = click.session().id();
            kinds[i] = click.kind().name();
            at[i] = click.arrival().at().atOffset(ZoneOffset.UTC);
            classes[i] = click.session().userClass().name();
            durations[i] = TimeUnit.NANOSECONDS.toMillis(now - click.arrival().nanos());
        }
        return Tuple.tuple(List.of(sessions, kinds, at, classes, durations, Arrival.CLICK));
    }
}
