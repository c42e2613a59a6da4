package dk.servicelevel.incident.web;

import java.util.Arrays;
import java.util.Locale;

/** What the incident's page confirms after a change: registered, or saved. */
public enum Confirmation {
    REGISTRERET,
    GEMT;

    /** As the address writes it ({@code ?besked=gemt}); none when it names nothing to confirm. */
    static Confirmation of(String written) {
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(written)).findFirst().orElse(null);
    }

    /** As the address writes it. */
    String written() {
        return name().toLowerCase(Locale.ROOT);
    }
}
