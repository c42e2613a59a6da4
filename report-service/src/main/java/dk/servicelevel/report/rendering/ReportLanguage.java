package dk.servicelevel.report.rendering;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.servicelevel.api.MalformedParameterException;

/** The languages a report is worded in: Danish unless English is asked for by {@code ?lang=} or Accept-Language. */
public enum ReportLanguage {
    DANISH("da"),
    ENGLISH("en");

    private final String code;

    ReportLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static ReportLanguage chosen(String lang, List<Locale> acceptable) {
        if (lang != null) {
            return ofCode(lang).orElseThrow(() -> new MalformedParameterException("lang", "must be da or en"));
        }
        return acceptable.stream().map(locale -> ofCode(locale.getLanguage())).flatMap(Optional::stream).findFirst()
                .orElse(DANISH);
    }

    public static Optional<ReportLanguage> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }
}
