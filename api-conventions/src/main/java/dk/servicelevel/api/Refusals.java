package dk.servicelevel.api;

import jakarta.ws.rs.ClientErrorException;

import dk.servicelevel.rules.AccessRefusedException;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;

/**
 * The one place that says which failures are requests refused by the rules (as opposed to failures of the service)
 * and with which HTTP status: the API's problems and the pages' refusals both answer by it.
 */
public final class Refusals {

    public static final int UNPROCESSABLE = 422;
    private static final int PRECONDITION_FAILED = 412;
    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private static final int FORBIDDEN = 403;

    private Refusals() {
    }

    public static boolean isRefusal(Throwable failure) {
        return failure instanceof RuleViolationException || failure instanceof StateConflictException
                || failure instanceof UnknownRecordException || failure instanceof StaleVersionException
                || failure instanceof AccessRefusedException || failure instanceof ClientErrorException;
    }

    public static int status(Throwable refusal) {
        if (refusal instanceof StateConflictException) {
            return CONFLICT;
        }
        if (refusal instanceof UnknownRecordException) {
            return NOT_FOUND;
        }
        if (refusal instanceof StaleVersionException) {
            return PRECONDITION_FAILED;
        }
        if (refusal instanceof AccessRefusedException) {
            return FORBIDDEN;
        }
        return refusal instanceof ClientErrorException client ? client.getResponse().getStatus() : UNPROCESSABLE;
    }
}
