package dk.servicelevel.api.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts every service's pages share, in Danish; {@code messages/t_en.properties} has them in English. */
@MessageBundle(value = "t", locale = "da")
public interface PageTexts {

    @Message("Gå til indholdet")
    String skipToContent();

    /** The page's own language, for links to what comes in both (feeds). */
    @Message("da")
    String languageCode();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Log ind")
    String signIn();

    @Message("Log ud")
    String signOut();

    @Message("Kun på den lokale platform: vælg en rolle og, for en skole, dens institutionsnummer. I drift logger man ind hos identitetsudbyderen.")
    String signInLocalOnly();

    @Message("Rolle")
    String role();

    @Message("Skole")
    String roleSchool();

    @Message("Driftsleverandør")
    String roleVendorOps();

    @Message("Administrator")
    String roleAdmin();

    @Message("Institutionsnummer")
    String institutionNumber();

    @Message("Vælg en af rollerne.")
    String errorRole();

    @Message("En skole logger ind med sit institutionsnummer: seks cifre.")
    String errorSchool();

    @Message("Ministeriet")
    String roleMinistry();

    @Message("Serviceniveauplatformen")
    String platformName();

    /** A status colour (RED, YELLOW, GREEN) in words, as the legends write it. */
    @Message("{#when colour}{#is 'RED'}RØD{#is 'YELLOW'}GUL{#is 'GREEN'}GRØN{#else}{colour}{/when}")
    String colour(String colour);

    /** What went wrong, by the HTTP status of the problem. */
    @Message("{#when status}{#is 403}Din rolle giver ikke adgang hertil{#is 404}Det findes ikke{#is 409}Det kan ikke lade sig gøre nu{#is in 500 502 503 504}Tjenesten kan ikke svare lige nu; prøv igen om lidt{#else}Det kunne ikke lade sig gøre{/when}")
    String problem(int status);

    @Message("Formularen kom ikke fra tjenestens egen side")
    String formRefused();

    @Message("Intet er ændret. Åbn siden igen, og send formularen derfra.")
    String formRefusedDetail();

    @Message("Tilbage til forsiden")
    String backHome();

    /** A layer of a system (APPLICATION, INFRASTRUCTURE) in words. */
    @Message("{#when layer}{#is 'APPLICATION'}Applikation{#is 'INFRASTRUCTURE'}Infrastruktur{#else}{layer}{/when}")
    String layer(String layer);
}
