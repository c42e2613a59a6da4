package dk.servicelevel.incident.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.local.PageForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The console's pages over HTTP; the browser tests drive them in Chromium. */
@QuarkusTest
class OperationsConsoleTest {

    private static final String SIGN_IN = PageForms.signInCookie("incident-service");
    private static final String FORM_COOKIE = PageForms.antiForgeryCookie("incident-service");

    @Test
    void withoutATokenTheConsoleSendsToTheSignInWhichOnlyTheLocalPlatformOffers() {
        given().redirects().follow(false).get("/drift").then().statusCode(303).header("Location", endsWith("/logind"));
        given().get("/logind").then().statusCode(404);
    }

    @Test
    void theTokenInTheCookieOpensTheConsoleInTheReadersLanguage() {
        String token = AccessTokens.forRole("vendor-ops");
        given().cookie(SIGN_IN, token).get("/drift").then().statusCode(200)
                .body(containsString("<h1>Åbne hændelser</h1>"));
        given().cookie(SIGN_IN, token).get("/drift?lang=en").then().statusCode(200).cookie("lang", "en")
                .body(containsString("<h1>Open incidents</h1>"));
    }

    @Test
    void aProblemOnAPageIsAPageInTheReadersLanguage() {
        given().cookie(SIGN_IN, AccessTokens.forRole("ministry")).get("/drift").then().statusCode(403).contentType("text/html")
                .body(containsString("<h1>Din rolle giver ikke adgang hertil</h1>"));
        given().cookie(SIGN_IN, AccessTokens.forRole("vendor-ops")).cookie("lang", "en").get("/drift/haendelser/INC-2026-999999")
                .then().statusCode(404).contentType("text/html")
                .body(containsString("<h1>It does not exist</h1>"), containsString("INC-2026-999999"));
        given().cookie(SIGN_IN, AccessTokens.forRole("vendor-ops")).get("/api/v1/incidents/INC-2026-999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRefusedRegistrationKeepsWhatWasTypedAndSaysNextToEachFieldWhatIsWrongInTheReadersLanguage() {
        form().formParam("systemCode", "nt").formParam("title", "").formParam("description", "Elever kan ikke logge ind")
                .formParam("layer", "INFRASTRUCTURE").formParam("environment", "PRODUCTION").formParam("statusColour", "YELLOW")
                .post("/drift/haendelser").then().statusCode(400)
                .body(containsString("<p class=\"field-problem\" id=\"systemCode-problem\">Ugyldig værdi.</p>"),
                        containsString("<p class=\"field-problem\" id=\"title-problem\">Skal udfyldes.</p>"),
                        containsString("<p class=\"field-problem\" id=\"category-problem\">Skal udfyldes.</p>"),
                        containsString("value=\"nt\""), containsString(">Elever kan ikke logge ind</textarea>"),
                        containsString("<option value=\"INFRASTRUCTURE\" selected>"), containsString("<option value=\"YELLOW\" selected>"));
        form().cookie("lang", "en").formParam("systemCode", "NT").formParam("title", "Slow").formParam("category", 2)
                .formParam("layer", "APPLICATION").formParam("environment", "PRODUCTION").formParam("statusColour", "RED")
                .formParam("detectedAt", "2099-01-01T10:00").post("/drift/haendelser").then().statusCode(422)
                .body(containsString("id=\"detectedAt-problem\">Must not be in the future.</p>"),
                        containsString("aria-describedby=\"detectedAt-problem\""), containsString("value=\"2099-01-01T10:00\""),
                        containsString("value=\"Slow\""));
        form().formParam("systemCode", "NT").formParam("title", "Langsom").formParam("category", 2).formParam("layer", "APPLICATION")
                .formParam("environment", "PRODUCTION").formParam("statusColour", "RED").formParam("detectedAt", "")
                .post("/drift/haendelser").then().statusCode(422)
                .body(containsString("id=\"detectedAt-problem\">Angiv, hvornår fejlen blev opdaget.</p>"));
    }

    @Test
    void aRegisteredIncidentsPageConfirmsIt() {
        String page = form().formParam("systemCode", "NT").formParam("layer", "APPLICATION").formParam("environment", "PRODUCTION")
                .formParam("category", 3).formParam("statusColour", "YELLOW").formParam("detectedAt", "2026-11-30T12:00")
                .formParam("title", "Langsom søgning").post("/drift/haendelser")
                .then().statusCode(303).header("Location", containsString("?besked=registreret")).extract().header("Location");
        console().get(page).then().statusCode(200).body(containsString("<p class=\"notice\" role=\"status\" id=\"confirmation\">Hændelsen er registreret.</p>"));
    }

    @Test
    void theOpenIncidentsAreFilteredCountedAndShownAPageAtATime() {
        String system = "NT";
        for (int i = 0; i < 26; i++) {
            form().formParam("systemCode", system).formParam("layer", "APPLICATION").formParam("environment", "TEST")
                    .formParam("category", 4).formParam("statusColour", "GREEN").formParam("detectedAt", "2026-11-30T08:00")
                    .formParam("title", "Testmiljøet " + i).post("/drift/haendelser").then().statusCode(303);
        }
        String first = console().queryParam("category", 4).queryParam("colour", "GREEN").get("/drift").then().statusCode(200)
                .extract().asString();
        assertThat(first).containsPattern("id=\"count\">\\d+ af \\d+ åbne hændelser").contains("Side 1 af ")
                .contains("<option value=\"GREEN\" selected>").contains("rel=\"next\"").contains("&amp;category=4&amp;colour=GREEN")
                .as("every category offered, with its count").containsPattern("<option value=\"1\">1 \\(\\d+\\)</option>");
        assertThat(first.split("<tr id=\"INC-").length - 1).as("rows on a page").isEqualTo(25);
        console().queryParam("category", 4).queryParam("colour", "GREEN").queryParam("page", 2).get("/drift").then().statusCode(200)
                .body(containsString("Side 2 af "), containsString("rel=\"prev\""));
    }

    @Test
    void anIncidentIsUpdatedAndMovedOnFromTheVersionTheConsoleShowed() {
        String page = form().formParam("systemCode", "NT").formParam("layer", "APPLICATION").formParam("environment", "PRODUCTION")
                .formParam("category", 2).formParam("statusColour", "RED").formParam("detectedAt", "2026-11-30T10:00")
                .formParam("title", "Langsomme svar i testafviklingen").post("/drift/haendelser")
                .then().statusCode(303).extract().header("Location").replaceFirst("\\?.*", "");
        String id = page.substring(page.lastIndexOf('/') + 1);

        form().formParam("version", 0).formParam("statusColour", "YELLOW").formParam("category", 2)
                .formParam("acknowledgedAt", "2026-11-30T10:20").post(page + "/opdater").then().statusCode(303);
        form().formParam("version", 0).formParam("statusColour", "GREEN").formParam("category", 2).post(page + "/opdater")
                .then().statusCode(412).body(containsString("En anden har ændret hændelsen, siden siden blev åbnet."),
                        containsString("<option value=\"GREEN\" selected>GRØN</option>"));
        form().formParam("version", 1).formParam("state", "INVESTIGATING").formParam("note", "Databasen undersøges")
                .post(page + "/tilstand").then().statusCode(303);
        form().formParam("version", 2).formParam("state", "CLOSED").post(page + "/tilstand")
                .then().statusCode(409).body(containsString("Hændelsen kan ikke ændres sådan i sin nuværende tilstand."));

        given().auth().oauth2(AccessTokens.forRole("vendor-ops")).get("/api/v1/incidents/{id}", id).then().statusCode(200)
                .body("statusColour", equalTo("YELLOW"), "acknowledgedAt", equalTo("2026-11-30T09:20:00Z"), "state", equalTo("INVESTIGATING"),
                        "version", equalTo(2), "timeline.text", hasItem("REGISTERED → INVESTIGATING: Databasen undersøges"));
        console().get(page).then().statusCode(200).body(containsString("<option value=\"MITIGATED\">Afbødet</option>"),
                containsString("value=\"2026-11-30T10:20\""));

        form().formParam("version", 2).formParam("statusColour", "YELLOW").formParam("category", 1)
                .formParam("acknowledgedAt", "2026-11-30T10:20").post(page + "/opdater").then().statusCode(303);
        console().get(page).then().statusCode(200).body(containsString("Registreret: Langsomme svar i testafviklingen"),
                containsString("Opdateret"), containsString("Registreret → Undersøges: Databasen undersøges"),
                containsString("Kategori 2 → 1"));
        console().cookie("lang", "en").get(page).then().statusCode(200).body(containsString("Registered: Langsomme svar i testafviklingen"),
                containsString("Updated"), containsString("Registered → Investigating: Databasen undersøges"),
                containsString("Category 2 → 1"));
    }

    @Test
    void aRefusedChangeOfAnIncidentKeepsWhatWasTypedAndSaysNextToTheFieldWhatIsWrong() {
        String page = form().formParam("systemCode", "NT").formParam("layer", "APPLICATION").formParam("environment", "PRODUCTION")
                .formParam("category", 2).formParam("statusColour", "RED").formParam("detectedAt", "2026-11-30T10:00")
                .formParam("title", "Fejl i resultatvisningen").post("/drift/haendelser")
                .then().statusCode(303).extract().header("Location").replaceFirst("\\?.*", "");

        form().formParam("text", " ").post(page + "/noter").then().statusCode(400)
                .body(containsString("id=\"text-problem\">Skal udfyldes.</p>"), containsString("aria-describedby=\"text-problem\""));
        form().formParam("version", 0).formParam("restoredAt", "2026-11-30T09:30").formParam("cause", "Fejlkonfigureret cache")
                .formParam("note", "Cache tømt").post(page + "/loes").then().statusCode(422)
                .body(containsString("id=\"restoredAt-problem\">Må ikke ligge før «Kendt siden».</p>"),
                        containsString("value=\"2026-11-30T09:30\""), containsString(">Fejlkonfigureret cache</textarea>"),
                        containsString("value=\"Cache tømt\""));
        form().cookie("lang", "en").formParam("version", 0).formParam("restoredAt", "i går").post(page + "/loes").then().statusCode(400)
                .body(containsString("id=\"restoredAt-problem\">Cannot be read; write a date and a time.</p>"), containsString("value=\"i går\""));

        form().formParam("version", 0).formParam("restoredAt", "2026-11-30T11:00").formParam("cause", "Fejlkonfigureret cache")
                .post(page + "/loes").then().statusCode(303);
        // resolving is one change of the incident: version 0 becomes 1
        form().formParam("version", 1).formParam("statusColour", "RED").formParam("category", 1).post(page + "/opdater").then().statusCode(422)
                .body(containsString("id=\"reason-problem\">Kategorien for en løst hændelse ændres kun med en begrundelse til tidslinjen.</p>"),
                        containsString("<option selected>1</option>"));
        form().formParam("version", 1).formParam("state", "INVESTIGATING").formParam("note", "Fejlen er tilbage").post(page + "/tilstand")
                .then().statusCode(303);
        console().get(page).then().statusCode(200)
                .body(containsString("Løst → Undersøges (genåbnet; den var genoprettet 30. nov. 2026 11.00): Fejlen er tilbage"));
        console().cookie("lang", "en").get(page).then().statusCode(200)
                .body(containsString("Resolved → Investigating (reopened; it had been restored at Nov 30, 2026, 11:00 AM): Fejlen er tilbage"));
    }

    @Test
    void resolvingIsAllOrNothingSoARefusedMoveKeepsWhatWasRecordedBefore() {
        String page = form().formParam("systemCode", "NT").formParam("layer", "APPLICATION").formParam("environment", "PRODUCTION")
                .formParam("category", 3).formParam("statusColour", "YELLOW").formParam("detectedAt", "2026-11-30T10:00")
                .formParam("title", "Langsom login").post("/drift/haendelser")
                .then().statusCode(303).extract().header("Location").replaceFirst("\\?.*", "");
        String id = page.substring(page.lastIndexOf('/') + 1);
        form().formParam("version", 0).formParam("restoredAt", "2026-11-30T11:00").formParam("cause", "Fuld disk")
                .post(page + "/loes").then().statusCode(303);
        String resolved = given().auth().oauth2(AccessTokens.forRole("vendor-ops")).get("/api/v1/incidents/{id}", id)
                .then().statusCode(200).body("state", equalTo("RESOLVED")).extract().header("ETag");

        // an incident already resolved cannot be resolved again: the new cause must not be kept either
        form().formParam("version", resolved.replace("\"", "")).formParam("restoredAt", "2026-11-30T11:00")
                .formParam("cause", "En anden årsag").post(page + "/loes").then().statusCode(409);
        given().auth().oauth2(AccessTokens.forRole("vendor-ops")).get("/api/v1/incidents/{id}", id)
                .then().statusCode(200).header("ETag", resolved).body("cause", equalTo("Fuld disk"));
    }

    /** 25 October 2026 is the night summer time ends: 01:30 to 04:00 on the clock is three and a half hours. */
    @Test
    void aServiceWindowAnnouncedInTheConsoleIsListedInTheMonthOfItsStart() {
        form().formParam("systemCode", "SP").formParam("startAt", "2026-10-25T01:30").formParam("endAt", "2026-10-25T04:00")
                .formParam("purpose", "Opgradering af databasen").formParam("announcedAt", "2026-10-20T09:00")
                .post("/drift/planlagt/servicevinduer").then().statusCode(303)
                .header("Location", endsWith("/drift/planlagt?system=SP&month=2026-10"));
        console().get("/drift/planlagt?system=SP&month=2026-10").then().statusCode(200)
                .body(containsString("Opgradering af databasen"), containsString("25. okt. 2026 01.30"),
                        containsString("25. okt. 2026 04.00"));
        given().auth().oauth2(AccessTokens.forRole("vendor-ops")).queryParam("system", "SP").queryParam("from", "2026-10-25T00:00:00Z")
                .queryParam("to", "2026-10-26T00:00:00Z").get("/api/v1/service-windows").then().statusCode(200)
                .body("purpose", hasItem("Opgradering af databasen"))
                .body("startAt", hasItem("2026-10-24T23:30:00Z"), "endAt", hasItem("2026-10-25T03:00:00Z"));

        form().formParam("systemCode", "SP").formParam("startAt", "2026-10-25T04:00").formParam("endAt", "2026-10-25T03:00")
                .formParam("purpose", "Baglæns").formParam("announcedAt", "2026-10-20T09:00")
                .post("/drift/planlagt/servicevinduer").then().statusCode(422)
                .body(containsString("id=\"endAt-problem\">Skal ligge efter «Fra».</p>"), containsString("value=\"Baglæns\""));
        form().formParam("systemCode", "SP").formParam("startAt", "i morgen").post("/drift/planlagt/servicevinduer")
                .then().statusCode(400).body(containsString("id=\"startAt-problem\">Kan ikke læses; skriv dato og klokkeslæt.</p>"),
                        containsString("value=\"i morgen\""));
    }

    @Test
    void aFormFromAnotherSiteOrPortChangesNothing() {
        String page = form().formParam("systemCode", "NT").formParam("layer", "APPLICATION").formParam("environment", "PRODUCTION")
                .formParam("category", 3).formParam("statusColour", "YELLOW").formParam("detectedAt", "2026-11-30T11:00")
                .formParam("title", "Langsom rapport").header("Sec-Fetch-Site", "same-origin").post("/drift/haendelser")
                .then().statusCode(303).extract().header("Location").replaceFirst("\\?.*", "");
        String id = page.substring(page.lastIndexOf('/') + 1);

        form().header("Origin", "http://evil.example").formParam("text", "Skrevet af en anden side").post(page + "/noter")
                .then().statusCode(403);
        console().formParam("text", "Skrevet uden sidens token").post(page + "/noter").then().statusCode(403);
        console().contentType("application/json").body("{\"text\": \"Skrevet som JSON\"}").post(page + "/noter").then().statusCode(415);
        form().header("Sec-Fetch-Site", "same-site").formParam("text", "Skrevet fra en anden port").post(page + "/noter")
                .then().statusCode(403);
        form().header("Sec-Fetch-Site", "cross-site").header("Origin", "http://evil.example").formParam("version", 0)
                .formParam("state", "INVESTIGATING").post(page + "/tilstand").then().statusCode(403);

        given().auth().oauth2(AccessTokens.forRole("vendor-ops")).get("/api/v1/incidents/{id}", id).then().statusCode(200)
                .body("version", equalTo(0), "state", equalTo("REGISTERED"), "timeline.text", everyItem(not(containsString("Skrevet"))));
    }

    private static RequestSpecification console() {
        return given().redirects().follow(false).cookie(SIGN_IN, AccessTokens.forRole("vendor-ops"));
    }

    /** A form as the console's own page sends it. */
    private static RequestSpecification form() {
        return console().cookie(FORM_COOKIE, PageForms.ANTI_FORGERY_TOKEN).formParam(PageForms.ANTI_FORGERY_FIELD, PageForms.ANTI_FORGERY_TOKEN);
    }
}
