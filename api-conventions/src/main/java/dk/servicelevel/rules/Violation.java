package dk.servicelevel.rules;

/**
 * One field that breaks a rule, and what is wrong with it: what the rule classes answer, in plain Java. The APIs
 * answer them as the {@code violations} of a problem.
 */
public record Violation(String field, String message) {
}
