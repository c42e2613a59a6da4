package dk.servicelevel.incident.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The console's pages over HTTP; the browser tests drive them in Chromium. */
@QuarkusTest
class OperationsConsoleTest {

    @Test
    void withoutATokenTheConsoleSendsToTheSignInWhichOnlyTheLocalPlatformOffers() {
        given().redirects().follow(false).get("/drift").then().statusCode(303).header("Location", endsWith("/logind"));
        given().get("/logind").then().statusCode(404);
    }

    @Test
    void theTokenInTheCookieOpensTheConsoleInTheReadersLanguage() {
        String token = AccessTokens.forRole("vendor-ops");
        given().cookie("slp-token", token).get("/drift").then().statusCode(200)
                .body(containsString("<h1>Åbne hændelser</h1>"));
        given().cookie("slp-token", token).get("/drift?lang=en").then().statusCode(200).cookie("lang", "en")
                .body(containsString("<h1>Open incidents</h1>"));
        given().cookie("slp-token", AccessTokens.forRole("ministry")).get("/drift").then().statusCode(403);
    }

    @Test
    void aRegistrationWithFieldsMissingIsShownAgainNamingThem() {
        given().cookie("slp-token", AccessTokens.forRole("vendor-ops")).formParam("systemCode", "nt").formParam("title", "")
                .formParam("layer", "APPLICATION").formParam("environment", "PRODUCTION").formParam("statusColour", "RED")
                .post("/drift/haendelser").then().statusCode(400)
                .body(containsString("systemCode: must be a system code"), containsString("title: must not be blank"),
                        containsString("category: must not be null"));
    }

    @Test
    void anIncidentIsUpdatedAndMovedOnFromTheVersionTheConsoleShowed() {
        String page = console().formParam("systemCode", "NT").formParam("layer", "APPLICATION").formParam("environment", "PRODUCTION")
                .formParam("category", 2).formParam("statusColour", "RED").formParam("detectedAt", "2026-11-30T10:00")
                .formParam("title", "Langsomme svar i testafviklingen").post("/drift/haendelser")
                .then().statusCode(303).extract().header("Location");
        String id = page.substring(page.lastIndexOf('/') + 1);

        console().formParam("version", 0).formParam("statusColour", "YELLOW").formParam("category", 2)
                .formParam("acknowledgedAt", "2026-11-30T10:20").post(page + "/opdater").then().statusCode(303);
        console().formParam("version", 0).formParam("statusColour", "GREEN").formParam("category", 2).post(page + "/opdater")
                .then().statusCode(412).body(containsString("is at version 1"));
        console().formParam("version", 1).formParam("state", "INVESTIGATING").formParam("note", "Databasen undersøges")
                .post(page + "/tilstand").then().statusCode(303);
        console().formParam("version", 2).formParam("state", "CLOSED").post(page + "/tilstand")
                .then().statusCode(409).body(containsString("cannot become CLOSED"));

        given().auth().oauth2(AccessTokens.forRole("vendor-ops")).get("/api/v1/incidents/{id}", id).then().statusCode(200)
                .body("statusColour", equalTo("YELLOW"), "acknowledgedAt", equalTo("2026-11-30T09:20:00Z"), "state", equalTo("INVESTIGATING"),
                        "version", equalTo(2), "timeline.text", hasItem("REGISTERED → INVESTIGATING: Databasen undersøges"));
        console().get(page).then().statusCode(200).body(containsString("<option>MITIGATED</option>"),
                containsString("value=\"2026-11-30T10:20\""));
    }

    private static RequestSpecification console() {
        return given().redirects().follow(false).cookie("slp-token", AccessTokens.forRole("vendor-ops"));
    }
}
