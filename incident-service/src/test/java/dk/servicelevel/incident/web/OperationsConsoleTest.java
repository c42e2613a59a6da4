package dk.servicelevel.incident.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;

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
}
