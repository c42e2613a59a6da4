package dk.servicelevel.api.web;

import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/** The pages' language: Danish, or English when the reader switched to it (a cookie remembers the choice). */
public final class PageLanguage {

    static final String COOKIE = "lang";
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Map<String, Locale> OFFERED = Map.of("da", DANISH, "en", Locale.ENGLISH);

    private PageLanguage() {
    }

    /** The language asked for by {@code ?lang=}, else the remembered one, else Danish. */
    public static Locale of(String asked, HttpHeaders headers) {
        return of(asked, headers.getCookies());
    }

    static Locale of(String asked, Map<String, Cookie> cookies) {
        Cookie remembered = cookies.get(COOKIE);
        return of(asked, remembered == null ? null : remembered.getValue());
    }

    static Locale of(String asked, String remembered) {
        if (asked != null && OFFERED.containsKey(asked)) {
            return OFFERED.get(asked);
        }
        return remembered != null ? OFFERED.getOrDefault(remembered, DANISH) : DANISH;
    }

    /** A cookie that remembers the language for a year. */
    static NewCookie remember(Locale locale) {
        return new NewCookie.Builder(COOKIE).value(locale.getLanguage()).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
