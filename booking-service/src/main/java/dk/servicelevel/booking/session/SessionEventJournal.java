package dk.servicelevel.booking.session;

import java.time.Instant;
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

import dk.servicelevel.booking.measurement.MeasuredRequest;
import dk.servicelevel.booking.measurement.MeasurementOutbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The clicks of running sessions, written in group commits: the clicks that arrive while earlier ones are being
 * written wait for the next transaction, which writes them all with their measurements in three statements. A click
 * is answered only once its transaction committed, so an acknowledged click is stored and measured, never lost.
 * The clicks of sessions that are no longer running are not written; the session rows are share-locked meanwhile,
 * so a session ended at the same time ends either before or after the click, never in between.
 */
@ApplicationScoped
public class SessionEventJournal {

    static final String OPERATION = "session-events";
    private static final String RUNNING = "SELECT id FROM test_session WHERE id = ANY($1) AND state = 'STARTED' FOR SHARE";
    private static final String INSERT = """
            INSERT INTO session_event (session_id, kind, at)
            SELECT * FROM unnest($1::bigint[], $2::varchar[], $3::timestamptz[])""";

    /** A click waiting for its transaction; {@code arrivedNanos} is when the service received it. */
    record Click(SessionFacts session, SessionEvent.Kind kind, Instant at, long arrivedNanos, UniEmitter<? super Boolean> answer) {
    }

    private final Pool database;
    private final MeasurementOutbox outbox;
    private final SessionEventsConfig config;
    private final Queue<Click> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger commitsUnderway = new AtomicInteger();

    SessionEventJournal(Pool database, MeasurementOutbox outbox, SessionEventsConfig config) {
        this.database = database;
        this.outbox = outbox;
        this.config = config;
    }

    /** Writes the click and its measurement; true once committed, false when the session is not running. */
    public Uni<Boolean> record(SessionFacts session, SessionEvent.Kind kind, Instant at, long arrivedNanos) {
        return Uni.createFrom().emitter(answer -> {
            waiting.add(new Click(session, kind, at, arrivedNanos, answer));
            commitIfFree();
        });
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
        database.withTransaction(connection -> write(connection, clicks)).subscribe().with(running -> {
            committed();
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

    private Uni<Set<Long>> write(SqlConnection connection, List<Click> clicks) {
        Long[] sessions = clicks.stream().map(click -> click.session().id()).distinct().toArray(Long[]::new);
        return connection.preparedQuery(RUNNING).execute(Tuple.of(sessions)).chain(rows -> {
            Set<Long> running = new HashSet<>();
            for (Row row : rows) {
                running.add(row.getLong(0));
            }
            List<Click> accepted = clicks.stream().filter(click -> running.contains(click.session().id())).toList();
            return insert(connection, accepted).chain(() -> outbox.stage(connection, measured(accepted, System.nanoTime())))
                    .replaceWith(running);
        });
    }

    private static Uni<Void> insert(SqlConnection connection, List<Click> clicks) {
        if (clicks.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Long[] sessions = new Long[clicks.size()];
        String[] kinds = new String[clicks.size()];
        OffsetDateTime[] at = new OffsetDateTime[clicks.size()];
        for (int i = 0; i < clicks.size(); i++) {
            sessions[i] = clicks.get(i).session().id();
            kinds[i] = clicks.get(i).kind().name();
            at[i] = clicks.get(i).at().atOffset(ZoneOffset.UTC);
        }
        return connection.preparedQuery(INSERT).execute(Tuple.of(sessions, kinds, at)).replaceWithVoid();
    }

    /** Each click measured from its arrival until its event is written; only the commit's own round trip is not counted. */
    private static List<MeasuredRequest> measured(List<Click> clicks, long now) {
        return clicks.stream().map(click -> new MeasuredRequest(OPERATION, click.session().userClass().name(), click.at(),
                TimeUnit.NANOSECONDS.toMillis(now - click.arrivedNanos()), true)).toList();
    }
}
