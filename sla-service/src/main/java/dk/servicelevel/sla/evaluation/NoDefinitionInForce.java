package dk.servicelevel.sla.evaluation;

/** The period lies wholly before the SLA's first version. */
public class NoDefinitionInForce extends RuntimeException {

    public NoDefinitionInForce(String message) {
        super(message);
    }
}
