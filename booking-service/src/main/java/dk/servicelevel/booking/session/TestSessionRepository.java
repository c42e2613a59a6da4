package dk.servicelevel.booking.session;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TestSessionRepository implements PanacheRepository<TestSession> {

    /** The pupil's sessions of the test started in [from, until) that count as sittings: all but the aborted. */
    public Uni<Long> sittings(String pupil, String test, Instant from, Instant until) {
        return count("pupil = ?1 and testCode = ?2 and state <> ?3 and startedAt >= ?4 and startedAt < ?5",
                pupil, test, SessionState.ABORTED, from, until);
    }
}
