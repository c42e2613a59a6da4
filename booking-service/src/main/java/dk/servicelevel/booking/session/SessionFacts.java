package dk.servicelevel.booking.session;

/** What never changes about a session once started: its school and its class of guarantee. */
public record SessionFacts(long id, String institutionNumber, UserClass userClass) {

    static SessionFacts of(TestSession session) {
        return new SessionFacts(session.id, session.institutionNumber, session.userClass);
    }
}
