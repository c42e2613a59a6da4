package dk.servicelevel.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PageLanguageTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final List<Locale> ENGLISH_BROWSER = List.of(Locale.forLanguageTag("en-US"), Locale.ENGLISH);

    @Test
    void theLanguageAskedForWinsOverTheRememberedOneAndTheBrowsers() {
        assertThat(PageLanguage.of("da", "en", ENGLISH_BROWSER)).isEqualTo(DANISH);
        assertThat(PageLanguage.of("en", "da", List.of(DANISH))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theRememberedLanguageWinsOverTheBrowsers() {
        assertThat(PageLanguage.of(null, "da", ENGLISH_BROWSER)).isEqualTo(DANISH);
    }

    @Test
    void theBrowsersFirstLanguageThePagesAreWrittenInIsShown() {
        assertThat(PageLanguage.of(null, null, ENGLISH_BROWSER)).isEqualTo(Locale.ENGLISH);
        assertThat(PageLanguage.of(null, null, List.of(Locale.GERMAN, Locale.forLanguageTag("da-DK"), Locale.ENGLISH))).isEqualTo(DANISH);
    }

    @Test
    void anythingElseIsDanish() {
        assertThat(PageLanguage.of("fr", "de", List.of(Locale.GERMAN, Locale.forLanguageTag("*")))).isEqualTo(DANISH);
        assertThat(PageLanguage.of(null, null, List.of())).isEqualTo(DANISH);
    }
}
