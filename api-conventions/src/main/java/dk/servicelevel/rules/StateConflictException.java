package dk.servicelevel.rules;

/** A change that the record's current state does not allow, or that another change made first: answered 409. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String detail) {
        super(detail);
    }
}
