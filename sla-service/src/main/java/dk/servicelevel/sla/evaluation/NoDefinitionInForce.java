package dk.servicelevel.sla.evaluation;

import dk.servicelevel.rules.RuleViolationException;

/** The period lies wholly before the SLA's first version. */
public class NoDefinitionInForce extends RuleViolationException {

    public NoDefinitionInForce(String message) {
        super("from", message);
    }
}
