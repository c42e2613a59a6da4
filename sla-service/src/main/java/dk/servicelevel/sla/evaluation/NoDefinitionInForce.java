package dk.servicelevel.sla.evaluation;

import dk.servicelevel.api.RuleViolationException;

/** The period lies wholly before the SLA's first version. */
public class NoDefinitionInForce extends RuleViolationException {

    public NoDefinitionInForce(String message) {
        super("from", message);
    }
}
