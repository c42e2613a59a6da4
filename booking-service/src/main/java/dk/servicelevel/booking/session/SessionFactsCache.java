package dk.servicelevel.booking.session;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The school and class of each session, kept in memory, so that admission control decides on a click without asking
 * the database: a session started on this replica is known at once, another is read once (one primary-key read) and
 * then known.
 */
@ApplicationScoped
public class SessionFactsCache {

    private static final String READ = "SELECT institution_number, user_class FROM test_session WHERE id = $1";

    private final Pool database;
    private final Cache<Long, SessionFacts> known;

    SessionFactsCache(Pool database, SessionFactsConfig config) {
        this.database = database;
        this.known = Caffeine.newBuilder().maximumSize(config.maximumSize()).expireAfterWrite(config.keptFor()).build();
    }

    /** The session's facts if this replica knows them; never asks the database. */
    public Optional<SessionFacts> known(long sessionId) {
        return Optional.ofNullable(known.getIfPresent(sessionId));
    }

    /** The session's facts, read from the database when not known; null for a session that does not exist. */
    public Uni<SessionFacts> of(long sessionId) {
        SessionFacts facts = known.getIfPresent(sessionId);
        if (facts != null) {
            return Uni.createFrom().item(facts);
        }
        return database.preparedQuery(READ).execute(Tuple.of(sessionId)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            SessionFacts read = new SessionFacts(sessionId, row.getString(0), UserClass.valueOf(row.getString(1)));
            known.put(sessionId, read);
            return read;
        });
    }

    void remember(TestSession session) {
        remember(SessionFacts.of(session));
    }

    /** Known from now on, without a read: a session started here, or the warm-up's session that no row has. */
    public void remember(SessionFacts facts) {
        known.put(facts.id(), facts);
    }

    public void forget(long sessionId) {
        known.invalidate(sessionId);
    }
}
