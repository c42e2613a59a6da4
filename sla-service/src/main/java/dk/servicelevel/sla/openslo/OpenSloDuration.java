package dk.servicelevel.sla.openslo;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OpenSLO writes durations as a number and a unit: 5m, 1h, 28d, 4w. */
final class OpenSloDuration {

    private static final Pattern FORM = Pattern.compile("(\\d+)([smhdw])");

    private OpenSloDuration() {
    }

    static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % (7 * 86_400) == 0) {
            return seconds / (7 * 86_400) + "w";
        }
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    /** The duration, or null when the text is not one. */
    static Duration parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            return null;
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofDays(7 * amount);
        };
    }
}
