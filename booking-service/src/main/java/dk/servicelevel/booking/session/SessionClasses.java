package dk.servicelevel.booking.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.CacheResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The class of each session, kept in a cache so admission control rarely asks the database. */
@ApplicationScoped
public class SessionClasses {

    private final TestSessionRepository sessions;

    SessionClasses(TestSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** The session's class; an unknown session is best-effort, and its request then fails as usual. */
    @CacheResult(cacheName = "session-class")
    public Uni<UserClass> of(long sessionId) {
        return Panache.withSession(() -> sessions.findById(sessionId))
                .map(session -> session == null ? UserClass.BEST_EFFORT : session.userClass);
    }
}
