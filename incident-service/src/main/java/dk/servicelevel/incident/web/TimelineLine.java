package dk.servicelevel.incident.web;

import java.time.Instant;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.servicelevel.incident.incident.TimelineEntry;

/**
 * A timeline entry as shown: an entry the service wrote as the reader words it ("Registreret → Undersøges: …",
 * "Kategori 2 → 1: …"); the log keeps the API's words, and what a person wrote after them stays as written.
 */
public record TimelineLine(String at, String author, String kind, String text) {

    /** How the fault log writes a change of state: "REGISTERED → INVESTIGATING", then the note if any. */
    private static final Pattern TRANSITION = Pattern.compile("([A-Z_]+) → ([A-Z_]+)(.*)", Pattern.DOTALL);
    private static final Pattern CATEGORY_CHANGE = Pattern.compile("Category (\\d) → (\\d)(.*)", Pattern.DOTALL);
    private static final Pattern REGISTERED = Pattern.compile("Registered: (.*)", Pattern.DOTALL);
    /** What the fault log adds to a change of state that reopens a restored incident. */
    private static final Pattern REOPENED = Pattern.compile(" \\(reopened; it had been restored at (\\S+)\\)(.*)", Pattern.DOTALL);
    private static final String UPDATED = "Updated";

    static TimelineLine of(TimelineEntry e, ConsoleTime.Shown shown, ConsoleTexts texts) {
        return new TimelineLine(shown.of(e.at), e.author, e.kind.name(), worded(e, texts, shown));
    }

    private static String worded(TimelineEntry e, ConsoleTexts texts, ConsoleTime.Shown shown) {
        return switch (e.kind) {
            case STATE_CHANGED -> reworded(TRANSITION.matcher(e.text), e.text,
                    m -> texts.stateName(m.group(1)) + " → " + texts.stateName(m.group(2)) + reopening(m.group(3), texts, shown));
            case CATEGORY_CHANGED -> reworded(CATEGORY_CHANGE.matcher(e.text), e.text,
                    m -> texts.categoryChange(m.group(1), m.group(2)) + m.group(3));
            case REGISTERED -> reworded(REGISTERED.matcher(e.text), e.text, m -> texts.registeredEntry(m.group(1)));
            case UPDATED -> UPDATED.equals(e.text) ? texts.updatedEntry() : e.text;
            case NOTE -> e.text;
        };
    }

    private static String reopening(String rest, ConsoleTexts texts, ConsoleTime.Shown shown) {
        return reworded(REOPENED.matcher(rest), rest, m -> " " + texts.reopened(shown.of(Instant.parse(m.group(1)))) + m.group(2));
    }

    private static String reworded(Matcher written, String text, Function<Matcher, String> words) {
        return written.matches() ? words.apply(written) : text;
    }
}
