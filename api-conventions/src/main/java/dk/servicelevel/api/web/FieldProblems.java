package dk.servicelevel.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;

import dk.servicelevel.rules.Violation;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * What is wrong with a form, field by field, in the page's language, for the page to show next to each field while it
 * keeps what the reader typed. The constraints of the API's requests and the rules' refusals are told in the reader's
 * words; a refusal not known here keeps the service's own words.
 */
public record FieldProblems(Map<String, String> byField) {

    private static final Pattern NOT_BEFORE = Pattern.compile("must not be before (.+)");
    private static final Pattern AFTER = Pattern.compile("must be after (\\w+)");
    private static final Pattern UNKNOWN_SYSTEM = Pattern.compile("is not a system of the catalogue: (.+)");

    public static FieldProblems none() {
        return new FieldProblems(Map.of());
    }

    /** The constraints a form's request breaks. */
    public static FieldProblems of(Set<? extends ConstraintViolation<?>> violations, Locale locale) {
        FieldTexts texts = texts(locale);
        Map<String, String> found = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : violations) {
            String field = violation.getPropertyPath().toString();
            found.merge(field, constraint(violation, texts), (a, b) -> a + " " + b);
        }
        return new FieldProblems(found);
    }

    /** The rules a form's change breaks; {@code label} names another field as the page does. */
    public static FieldProblems of(List<Violation> violations, Locale locale, UnaryOperator<String> label) {
        FieldTexts texts = texts(locale);
        Map<String, String> found = new LinkedHashMap<>();
        for (Violation violation : violations) {
            found.merge(violation.field(), rule(violation.message(), texts, label), (a, b) -> a + " " + b);
        }
        return new FieldProblems(found);
    }

    /** One field left empty that must be filled in. */
    public static FieldProblems missing(String field, Locale locale) {
        return new FieldProblems(Map.of(field, texts(locale).required()));
    }

    /** One field's problem that the form cannot even read (a date that is no date, say). */
    public static FieldProblems unreadable(String field, Locale locale) {
        return new FieldProblems(Map.of(field, texts(locale).unreadable()));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    /** The field's problem, or null: {@code {problems.of('title')}}. */
    public String of(String field) {
        return byField.get(field);
    }

    private static String constraint(ConstraintViolation<?> violation, FieldTexts texts) {
        String kind = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return switch (kind) {
            case "NotNull", "NotBlank", "NotEmpty" -> texts.required();
            case "Size" -> texts.length(((Number) attributes.get("min")).intValue(), ((Number) attributes.get("max")).intValue());
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> texts.outOfRange();
            case "Past", "PastOrPresent" -> texts.notInFuture();
            default -> texts.invalid();
        };
    }

    private static String rule(String message, FieldTexts texts, UnaryOperator<String> label) {
        Matcher matched;
        if (message.equals("must not be in the future")) {
            return texts.notInFuture();
        } else if ((matched = NOT_BEFORE.matcher(message)).matches()) {
            return texts.notBefore(label.apply(matched.group(1)));
        } else if ((matched = AFTER.matcher(message)).matches()) {
            return texts.after(label.apply(matched.group(1)));
        } else if ((matched = UNKNOWN_SYSTEM.matcher(message)).matches()) {
            return texts.unknownSystem(matched.group(1));
        }
        return message;
    }

    private static FieldTexts texts(Locale locale) {
        return MessageBundles.get(FieldTexts.class, Localized.Literal.of(locale.getLanguage()));
    }
}
