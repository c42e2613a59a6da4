package dk.servicelevel.booking.school;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class SchoolResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aSchoolSeesItselfAndNoOtherSchool() {
        String own = register("Nørre Fælled Skole");
        String other = register("Katrinedals Skole");

        asSchool(own).get("/api/v1/schools/{n}", own).then().statusCode(200).body("name", equalTo("Nørre Fælled Skole"));
        asSchool(own).get("/api/v1/schools").then().statusCode(200).body("institutionNumber", contains(own));
        asSchool(own).get("/api/v1/schools/{n}", other).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void theClassesOfASchoolThatIsNotRegisteredAreNotFound() {
        String registered = register("Skolen uden klasser");
        as("vendor-ops").get("/api/v1/schools/{n}/classes", registered).then().statusCode(200).body("size()", equalTo(0));
        as("vendor-ops").get("/api/v1/schools/{n}/classes", "099999").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void operationsStaffSeeEverySchool() {
        String first = register("First school");
        String second = register("Second school");
        as("vendor-ops").get("/api/v1/schools").then().statusCode(200).body("institutionNumber", hasItems(first, second));
    }

    @Test
    void namesEachInvalidField() {
        as("admin").body(Map.of("institutionNumber", "28001", "name", "x"))
                .post("/api/v1/schools")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("institutionNumber", "municipality"));
    }

    @Test
    void refusesASecondSchoolWithTheSameInstitutionNumber() {
        String number = register("Original");
        as("admin").body(school(number, "Copy")).post("/api/v1/schools").then().statusCode(409).contentType(PROBLEM);
        as("admin").get("/api/v1/schools/{n}", number).then().body("name", equalTo("Original"));
    }

    @Test
    void schoolsCannotRegisterAndTheMinistryHasNoAccessToSchools() {
        asSchool("280010").body(school(uniqueNumber(), "Self-made")).post("/api/v1/schools").then().statusCode(403);
        as("ministry").get("/api/v1/schools").then().statusCode(403);
    }

    @Test
    void answersAnUnknownSchoolWithNotFound() {
        as("admin").get("/api/v1/schools/{n}", "999999").then().statusCode(404).contentType(PROBLEM);
    }

    private static String register(String name) {
        String number = uniqueNumber();
        as("admin").body(school(number, name)).post("/api/v1/schools").then().statusCode(201);
        return number;
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(AccessTokens.forRole(role)).contentType(ContentType.JSON);
    }

    private static RequestSpecification asSchool(String institutionNumber) {
        return given().auth().oauth2(AccessTokens.forSchool(institutionNumber)).contentType(ContentType.JSON);
    }

    private static Map<String, String> school(String number, String name) {
        return Map.of("institutionNumber", number, "name", name, "municipality", "København");
    }

    private static String uniqueNumber() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_000));
    }
}
