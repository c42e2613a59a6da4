package dk.servicelevel.booking.session;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sitting of a test and its class: GUARANTEED when booked, BEST_EFFORT on what no booking holds")
public record SessionResponse(long id, String pupil, String test, UserClass userClass, Long bookingId, Instant slotStart,
        SessionState state, Instant startedAt, Instant endedAt) {

    static SessionResponse of(TestSession session) {
        return new SessionResponse(session.id, session.pupil, session.testCode, session.userClass, session.bookingId,
                session.slotStart, session.state, session.startedAt, session.endedAt);
    }
}
