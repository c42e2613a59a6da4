package dk.servicelevel.incident.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The local platform's sign-in page: a form without a role, or with one that is not, is shown again with 400. */
@QuarkusTest
@TestProfile(LocalSignInTest.LocalSignIn.class)
class LocalSignInTest {

    public static class LocalSignIn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("web.local-sign-in", "true");
        }
    }

    @Test
    void aFormWithoutAKnownRoleIsShownAgainWith400() {
        given().redirects().follow(false).formParam("school", "280010").post("/logind").then().statusCode(400);
        given().redirects().follow(false).formParam("role", "root").post("/logind").then().statusCode(400);
        given().redirects().follow(false).formParam("role", "vendor-ops").post("/logind")
                .then().statusCode(303).header("Location", endsWith("/drift"));
    }
}
