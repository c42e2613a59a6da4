package dk.servicelevel.incident.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.PageForms;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * The local platform's sign-in page: a form without a role, or with one that is not, is shown again with 400; a form
 * without the anti-forgery token its page handed out changes nothing (403).
 */
@QuarkusTest
@TestProfile(LocalSignInTest.LocalSignIn.class)
class LocalSignInTest {

    private static final String SERVICE = "incident-service";

    public static class LocalSignIn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("web.local-sign-in", "true");
        }
    }

    @Test
    void aFormWithoutAKnownRoleIsShownAgainWith400() {
        signInForm().formParam("school", "280010").post("/logind").then().statusCode(400);
        signInForm().formParam("role", "root").post("/logind").then().statusCode(400);
        signInForm().formParam("role", "vendor-ops").post("/logind")
                .then().statusCode(303).header("Location", endsWith("/drift"));
    }

    @Test
    void theSignInFormCarriesTheAntiForgeryTokenOfItsCookieAndIsRefusedWithoutIt() {
        var page = given().get("/logind").then().statusCode(200).extract();
        String cookie = page.cookie(PageForms.antiForgeryCookie(SERVICE));
        assertThat(page.body().asString()).contains("name=\"" + PageForms.ANTI_FORGERY_FIELD + "\" value=\"" + cookie + "\"");

        given().redirects().follow(false).cookie(PageForms.antiForgeryCookie(SERVICE), cookie)
                .formParam(PageForms.ANTI_FORGERY_FIELD, cookie).formParam("role", "ministry").post("/logind")
                .then().statusCode(303).cookie(PageForms.signInCookie(SERVICE));
        given().redirects().follow(false).formParam("role", "ministry").post("/logind")
                .then().statusCode(403).header("Set-Cookie", nullValue());
        given().redirects().follow(false).cookie(PageForms.antiForgeryCookie(SERVICE), cookie)
                .formParam(PageForms.ANTI_FORGERY_FIELD, PageForms.ANTI_FORGERY_TOKEN).formParam("role", "ministry").post("/logind")
                .then().statusCode(403).contentType("text/html").body(containsString("<h1>Formularen kom ikke fra tjenestens egen side</h1>"));
    }

    private static RequestSpecification signInForm() {
        return given().redirects().follow(false).cookie(PageForms.antiForgeryCookie(SERVICE), PageForms.ANTI_FORGERY_TOKEN)
                .formParam(PageForms.ANTI_FORGERY_FIELD, PageForms.ANTI_FORGERY_TOKEN);
    }
}
