package dk.servicelevel.api.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * The pages' language: the one asked for by {@code ?lang=}, else the one the reader switched to (a cookie remembers the
 * choice), else the first of the browser's languages the pages are written in, else Danish.
 */
public final class PageLanguage {

    static final String COOKIE = "lang";
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Map<String, Locale> OFFERED = Map.of("da", DANISH, "en", Locale.ENGLISH);

    private PageLanguage() {
    }

    public static Locale of(String asked, HttpHeaders headers) {
        return ofRequest(asked, headers.getCookies(), headers.getAcceptableLanguages());
    }

    static Locale ofRequest(String asked, Map<String, Cookie> cookies, List<Locale> acceptable) {
        Cookie remembered = cookies.get(COOKIE);
        return of(asked, remembered == null ? null : remembered.getValue(), acceptable);
    }

    static Locale of(String asked, String remembered, List<Locale> acceptable) {
        return offered(asked).or(() -> offered(remembered))
                .or(() -> acceptable.stream().map(locale -> offered(locale.getLanguage())).flatMap(Optional::stream).findFirst())
                .orElse(DANISH);
    }

    private static Optional<Locale> offered(String language) {
        return Optional.ofNullable(language).map(OFFERED::get);
    }

    /** A cookie that remembers the language for a year. */
    static NewCookie remember(Locale locale) {
        return new NewCookie.Builder(COOKIE).value(locale.getLanguage()).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
