package dk.servicelevel.sla;

import static dk.servicelevel.sla.SlaFixtures.WEEKDAYS;
import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractDefinition;
import static dk.servicelevel.sla.SlaFixtures.contractSla;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static dk.servicelevel.sla.SlaFixtures.sla;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.ValidatableResponse;

/**
 * The packaged sla-service, as it is deployed: the JVM application in {@code ./platform test}, the native executable
 * with {@code ./mvnw verify -Dnative}. It covers what a native image most often loses: the holiday calendars (XML read
 * with JAXB), token verification, and the database.
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void keepsAnSlaInItsDatabaseAndEvaluatesIt() {
        String sla = contractSla(newSystem());
        as("ministry").get("/api/v1/slas/{id}", sla)
                .then().statusCode(200).body("id", equalTo(sla), "versions[0].definition.zone", equalTo("Europe/Copenhagen"));
        as("ministry").queryParam("month", "2026-10").get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(200).body("windows[0].availabilityPercent", equalTo(100.0f));
    }

    @Test
    void leavesEachCountrysPublicHolidaysOutOfAWindowThatExcludesThem() {
        // 6 January is a public holiday in Sweden (Epiphany), not in Denmark; the week 5-11 January 2026 has five weekdays
        agreedWeekdayMinutes("DENMARK").body("windows[0].agreedMinutes", equalTo(5 * 600.00f));
        agreedWeekdayMinutes("SWEDEN").body("windows[0].agreedMinutes", equalTo(4 * 600.00f));
    }

    @Test
    void answersOnlyRequestsWithATokenSignedByItsIssuer() {
        String sla = contractSla(newSystem());
        given().get("/api/v1/slas/{id}", sla).then().statusCode(401);
        given().auth().oauth2(AccessTokens.forgedForRole("ministry")).get("/api/v1/slas/{id}", sla).then().statusCode(401);
        given().auth().oauth2(AccessTokens.forRole("ministry")).get("/api/v1/slas/{id}", sla).then().statusCode(200);
    }

    private static ValidatableResponse agreedWeekdayMinutes(String holidays) {
        String system = newSystem();
        Map<String, Object> definition = contractDefinition();
        definition.put("windows", List.of(
                Map.of("name", "A", "targetPercent", 99.9, "excludedHolidays", holidays,
                        "schedule", List.of(Map.of("days", WEEKDAYS, "from", "07:00", "to", "17:00"))),
                Map.of("name", "B", "targetPercent", 95.0, "rest", true)));
        String sla = system + "-APP";
        as("admin").body(sla(sla, system, "2020-01-01T00:00:00Z", definition)).post("/api/v1/slas").then().statusCode(201);
        return as("ministry").queryParam("from", "2026-01-05T00:00:00+01:00").queryParam("to", "2026-01-12T00:00:00+01:00")
                .get("/api/v1/slas/{id}/availability", sla).then().statusCode(200);
    }
}
