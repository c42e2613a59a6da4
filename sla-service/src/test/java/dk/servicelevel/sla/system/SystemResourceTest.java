package dk.servicelevel.sla.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class SystemResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void registersASystemAndServesItWithItsVersion() {
        String code = uniqueCode();
        as("vendor-ops").body(system(code, "National tests portal"))
                .post("/api/v1/systems")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/systems/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code), "name", equalTo("National tests portal"));

        as("ministry").get("/api/v1/systems/{code}", code)
                .then().statusCode(200).header("ETag", "\"0\"").body("vendor", equalTo("Vendor A/S"));
        as("ministry").get("/api/v1/systems")
                .then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void namesEachInvalidFieldOfARejectedSystem() {
        as("admin").body(Map.of("code", "not a code", "name", ""))
                .post("/api/v1/systems")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("violations.field", hasItems("code", "name"));
    }

    @Test
    void refusesMalformedJsonAsABadRequest() {
        as("admin").body("{\"code\": ").post("/api/v1/systems")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void refusesASecondSystemWithTheSameCode() {
        String code = uniqueCode();
        as("admin").body(system(code, "First")).post("/api/v1/systems").then().statusCode(201);
        as("admin").body(system(code, "Second")).post("/api/v1/systems")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString(code));
        as("admin").get("/api/v1/systems/{code}", code).then().body("name", equalTo("First"));
    }

    @Test
    void answersAnUnknownSystemWithNotFound() {
        as("ministry").get("/api/v1/systems/{code}", "NO-SUCH")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("NO-SUCH"));
    }

    @Test
    void refusesAStaleUpdateSoThatConcurrentEditsAreNotLost() {
        String code = uniqueCode();
        as("admin").body(system(code, "Original")).post("/api/v1/systems").then().statusCode(201);

        as("admin").header("If-Match", "\"0\"").body(system(code, "First edit"))
                .put("/api/v1/systems/{code}", code)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("First edit"));
        as("admin").header("If-Match", "\"0\"").body(system(code, "Second edit from the old version"))
                .put("/api/v1/systems/{code}", code)
                .then().statusCode(412).contentType(PROBLEM);

        as("admin").get("/api/v1/systems/{code}", code).then().body("name", equalTo("First edit"));
    }

    @Test
    void requiresTheVersionForAnUpdate() {
        String code = uniqueCode();
        as("admin").body(system(code, "Original")).post("/api/v1/systems").then().statusCode(201);
        as("admin").body(system(code, "Changed")).put("/api/v1/systems/{code}", code)
                .then().statusCode(428).contentType(PROBLEM);
    }

    @Test
    void letsOnlyTheRolesOfTheCatalogueIn() {
        given().get("/api/v1/systems").then().statusCode(401);
        given().auth().oauth2(AccessTokens.forSchool("280010")).get("/api/v1/systems").then().statusCode(403);
        as("ministry").body(system(uniqueCode(), "Read only")).post("/api/v1/systems").then().statusCode(403);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(AccessTokens.forRole(role)).contentType(ContentType.JSON);
    }

    private static Map<String, String> system(String code, String name) {
        return Map.of("code", code, "name", name, "description", "A system under test", "vendor", "Vendor A/S");
    }

    private static String uniqueCode() {
        return "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
