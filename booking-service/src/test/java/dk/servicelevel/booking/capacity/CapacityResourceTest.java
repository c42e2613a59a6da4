package dk.servicelevel.booking.capacity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CapacityResourceTest {

    @Test
    void reproducesTableOneOfTheContractFromTableTwo() {
        as("ministry").get("/api/v1/capacity/steps")
                .then().statusCode(200)
                .body("name", contains("2006", "2007", "scaling-1", "scaling-2"))
                .body("testsInPeriod", contains(180_000, 720_000, 1_080_000, 1_620_000))
                .body("testDays", contains(15, 25, 30, 30))
                .body("testsPerDay", contains(12_000, 28_800, 36_000, 54_000))
                .body("peakHourTests", contains(4_800, 11_520, 14_400, 21_600))
                .body("averageClicksPerSecond", contains(133, 320, 400, 600))
                .body("peakClicksPerSecond", contains(320, 768, 960, 1_440));
    }

    @Test
    void anAdministratorChangesTheInputsWithTheVersionTheyRead() {
        Map<String, Object> inputs = new HashMap<>(as("admin").get("/api/v1/capacity/model").then().statusCode(200)
                .extract().jsonPath().getMap(""));
        String etag = as("admin").get("/api/v1/capacity/model").then().extract().header("ETag");
        inputs.put("pupilsPerCohort", 66_000);
        as("vendor-ops").header("If-Match", etag).body(inputs).put("/api/v1/capacity/model").then().statusCode(403);
        String changed = as("admin").header("If-Match", etag).body(inputs).put("/api/v1/capacity/model")
                .then().statusCode(200).extract().header("ETag");
        as("admin").get("/api/v1/capacity/steps").then().body("testsInPeriod[0]", equalTo(198_000));
        as("admin").header("If-Match", etag).body(inputs).put("/api/v1/capacity/model").then().statusCode(412);

        inputs.put("pupilsPerCohort", 60_000);
        as("admin").header("If-Match", changed).body(inputs).put("/api/v1/capacity/model").then().statusCode(200);
        inputs.put("peakHourShare", 1e-9);
        as("admin").header("If-Match", changed).body(inputs).put("/api/v1/capacity/model")
                .then().statusCode(422).body("violations.field", contains("peakHourShare"));
        inputs.put("peakHourShare", 0.4);
        inputs.put("pupilsPerCohort", Integer.MAX_VALUE);
        inputs.put("scaleFactor", 1e300);
        as("admin").header("If-Match", changed).body(inputs).put("/api/v1/capacity/model")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("pupilsPerCohort", "scaleFactor"));
        as("admin").queryParam("from", "2027-05-01").queryParam("to", "2027-05-08").get("/api/v1/capacity/warnings").then().statusCode(200);
        as("admin").get("/api/v1/capacity/steps").then().statusCode(200).body("testsInPeriod[0]", equalTo(180_000));
        inputs.put("pupilsPerCohort", 60_000);
        inputs.put("scaleFactor", 0.5);
        inputs.put("testDays", List.of(15, 25));
        as("admin").header("If-Match", "\"99\"").body(inputs).put("/api/v1/capacity/model")
                .then().statusCode(400).body("violations.field", contains("testDays"));
    }

    @Test
    void schoolsDoNotSeeTheCapacityModel() {
        given().auth().oauth2(AccessTokens.forSchool("280010")).get("/api/v1/capacity/steps").then().statusCode(403);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(AccessTokens.forRole(role)).contentType(ContentType.JSON);
    }
}
