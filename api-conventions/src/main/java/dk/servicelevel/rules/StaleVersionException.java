package dk.servicelevel.rules;

/** A change made from a version of the record that is no longer the stored one: answered 412. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String detail) {
        super(detail);
    }

    /** Fails unless the stored version is the one the change was made from. */
    public static void check(String what, long stored, long expected) {
        if (stored != expected) {
            throw new StaleVersionException(what + " is at version " + stored + ", not " + expected
                    + ": fetch it again and reapply the change");
        }
    }
}
