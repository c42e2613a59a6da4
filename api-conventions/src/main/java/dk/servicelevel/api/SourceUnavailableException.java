package dk.servicelevel.api;

/**
 * Another service whose figures an answer needs did not answer: the caller gets a 503 naming it, never a figure
 * computed from missing data.
 */
public class SourceUnavailableException extends RuntimeException {

    private final String source;

    public SourceUnavailableException(String source, Throwable cause) {
        super(source + " did not answer: " + cause.getMessage(), cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
