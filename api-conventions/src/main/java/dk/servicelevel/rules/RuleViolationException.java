package dk.servicelevel.rules;

import java.util.List;

/**
 * A request that is well-formed but breaks a rule of the domain: answered 422 with the fields that break it.
 */
public class RuleViolationException extends RuntimeException {

    private final transient List<Violation> violations;

    public RuleViolationException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(String field, String message) {
        this(message, List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
