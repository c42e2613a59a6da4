package dk.servicelevel.rules;

/** A request naming a record that does not exist: answered 404. */
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String detail) {
        super(detail);
    }
}
