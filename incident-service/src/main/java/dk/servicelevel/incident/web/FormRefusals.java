package dk.servicelevel.incident.web;

import java.util.List;
import java.util.Locale;

import dk.servicelevel.api.web.FieldProblems;
import dk.servicelevel.rules.Violation;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The rules a console form breaks, each next to the page's field and in the reader's words. */
final class FormRefusals {

    /** How the fault log refuses an incident that says neither when it was detected nor when it was reported. */
    private static final String NO_TIME_KNOWN = "detectedAt or reportedAt is needed";

    private FormRefusals() {
    }

    static ConsoleTexts texts(Locale locale) {
        return MessageBundles.get(ConsoleTexts.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** The violations of the form (named as the page names it, "" for a page with one form) as the page shows them. */
    static FieldProblems of(List<Violation> violations, String form, Locale locale) {
        ConsoleTexts texts = texts(locale);
        List<Violation> onThePage = violations.stream().map(v -> new Violation(pageField(form, v.field()), switch (v.field()) {
            case "reason" -> texts.reasonNeeded();
            case "detectedAt" -> v.message().startsWith(NO_TIME_KNOWN) ? texts.whenKnownNeeded() : v.message();
            default -> v.message();
        })).toList();
        return FieldProblems.of(onThePage, locale, field -> fieldLabel(field, texts));
    }

    /** A field as the console's forms name it, for a rule that names another field. */
    private static String fieldLabel(String field, ConsoleTexts texts) {
        return switch (field) {
            case "detectedAt", "reportedAt", "occurredAt" -> texts.detectedAt();
            case "startAt" -> texts.from();
            case "endAt" -> texts.to();
            case "announcedAt" -> texts.announcedAt();
            case "the time the vendor knew" -> texts.known();
            default -> field;
        };
    }

    /** The page's name of a request's field: the incident page's forms name their notes apart. */
    private static String pageField(String form, String field) {
        return switch (field) {
            case "note" -> "resolve".equals(form) ? "resolution" : "stateNote";
            case "state" -> "nextState";
            default -> field;
        };
    }
}
