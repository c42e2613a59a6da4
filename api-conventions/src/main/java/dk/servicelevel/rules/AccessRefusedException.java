package dk.servicelevel.rules;

/** A caller asking for records its organisation may not see or change, such as another school's: answered 403. */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String detail) {
        super(detail);
    }
}
