package dk.servicelevel.browser;

import java.util.Arrays;

import org.openqa.selenium.Dimension;

/** Who walks the pages: in which language their browser asks for them and on how wide a screen. */
enum Reader {
    DANISH_ON_A_DESKTOP("da", Screen.DESKTOP),
    DANISH_ON_A_PHONE("da", Screen.PHONE),
    ENGLISH_ON_A_DESKTOP("en", Screen.DESKTOP),
    ENGLISH_ON_A_PHONE("en", Screen.PHONE);

    private final String language;
    private final Screen screen;

    Reader(String language, Screen screen) {
        this.language = language;
        this.screen = screen;
    }

    String language() {
        return language;
    }

    Dimension screen() {
        return screen.size;
    }

    /** What the pages say to this reader: the Danish words or the English ones. */
    String says(String danish, String english) {
        return isDanish() ? danish : english;
    }

    /** The link to the pages in the other language. */
    String otherLanguage() {
        return says("English", "Dansk");
    }

    /** The same screen, reading the other language: what the pages say after the language switch. */
    Reader other() {
        return Arrays.stream(values()).filter(r -> r.screen == screen && !r.language.equals(language)).findFirst().orElseThrow();
    }

    /** The name of a page's screenshot: the page's own name for a Danish desktop, with the language and screen otherwise. */
    String screenshotOf(String page) {
        return page + (isDanish() ? "" : "-english") + (screen == Screen.PHONE ? "-phone" : "");
    }

    private boolean isDanish() {
        return "da".equals(language);
    }

    private enum Screen {
        DESKTOP(new Dimension(1280, 900)),
        /** The narrowest phone screen in common use, in CSS pixels. */
        PHONE(new Dimension(360, 740));

        private final Dimension size;

        Screen(Dimension size) {
            this.size = size;
        }
    }
}
