package dk.servicelevel.api;

/**
 * Another service refused what a request asked of it (a 4xx such as 400 or 404): an answer about the request, not a
 * failure of the service, so it is passed on to the caller with the same status and is never retried.
 */
public class SourceRefusedException extends RuntimeException {

    private final int status;

    public SourceRefusedException(String source, int status, Throwable cause) {
        super(source + " refused what this request asked of it (" + status + ")", cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
