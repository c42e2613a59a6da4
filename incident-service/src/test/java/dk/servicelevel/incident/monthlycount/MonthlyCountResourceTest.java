package dk.servicelevel.incident.monthlycount;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MonthlyCountResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void countsServiceWindowsAndChangesPerCopenhagenMonth() {
        String system = uniqueSystem();
        window(system, "2026-10-01T00:30:00+02:00", "2026-10-01T01:30:00+02:00");
        window(system, "2026-11-01T00:30:00+01:00", "2026-11-01T01:30:00+01:00");
        window(system, "2026-10-25T02:30:00+01:00", "2026-10-25T03:30:00+01:00");
        change(system, "2026-10-31T23:30:00+01:00", "2026-11-01T00:30:00+01:00");
        change(system, "2026-09-10T22:00:00+02:00", "2026-09-10T23:00:00+02:00");

        as("ministry").queryParam("system", system).queryParam("from", "2026-09").queryParam("to", "2026-11")
                .get("/api/v1/monthly-counts")
                .then().statusCode(200)
                .body("month", contains("2026-09", "2026-10", "2026-11"),
                        "serviceWindows", contains(0, 2, 1),
                        "changes", contains(1, 1, 0));

        as("ministry").queryParam("system", system).queryParam("from", "2026-10").queryParam("to", "2026-10")
                .queryParam("zone", "UTC")
                .get("/api/v1/monthly-counts")
                .then().statusCode(200)
                .body("serviceWindows", contains(2), "changes", contains(1));
    }

    @Test
    void refusesMalformedAndReversedMonths() {
        as("ministry").queryParam("system", "NT").queryParam("from", "2026-13").queryParam("to", "2026-10")
                .get("/api/v1/monthly-counts")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("from"));
        as("ministry").queryParam("system", "NT").queryParam("from", "2026-10").queryParam("to", "2026-09")
                .get("/api/v1/monthly-counts")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("to"));
        as("ministry").queryParam("system", "NT").queryParam("from", "2026-10").queryParam("to", "2026-10")
                .queryParam("zone", "Mars/Olympus")
                .get("/api/v1/monthly-counts")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("zone"));
    }

    @Test
    void keepsSchoolsOut() {
        given().auth().oauth2(AccessTokens.forSchool("280010"))
                .queryParam("system", "NT").queryParam("from", "2026-10").queryParam("to", "2026-10")
                .get("/api/v1/monthly-counts").then().statusCode(403);
    }

    private static void window(String system, String start, String end) {
        as("vendor-ops").body(Map.of("systemCode", system, "startAt", start, "endAt", end, "purpose", "Patches",
                "announcedAt", "2026-09-01T09:00:00+02:00")).post("/api/v1/service-windows").then().statusCode(201);
    }

    private static void change(String system, String start, String end) {
        as("vendor-ops").body(Map.of("systemCode", system, "kind", "STANDARD", "title", "Release",
                "plannedStartAt", start, "plannedEndAt", end, "withDowntime", false,
                "announcedAt", "2026-09-01T09:00:00+02:00")).post("/api/v1/changes").then().statusCode(201);
    }
}
