package dk.servicelevel.api;

import jakarta.ws.rs.BadRequestException;

/** A query, path or header parameter that cannot be read as its type: answered 400 naming the parameter. */
public class MalformedParameterException extends BadRequestException {

    private final String parameter;

    public MalformedParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
