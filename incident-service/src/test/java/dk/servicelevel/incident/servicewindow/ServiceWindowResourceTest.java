package dk.servicelevel.incident.servicewindow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ServiceWindowResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void announcesAServiceWindowAndStoresItsInstantsInUtc() {
        String system = uniqueSystem();
        as("vendor-ops").body(window(system, "2026-10-17T01:00:00+02:00", "2026-10-17T02:00:00+02:00"))
                .post("/api/v1/service-windows")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/service-windows/"))
                .body("systemCode", equalTo(system),
                        "startAt", equalTo("2026-10-16T23:00:00Z"),
                        "endAt", equalTo("2026-10-17T00:00:00Z"),
                        "announcedBy", equalTo("vendor-ops-user"));
    }

    @Test
    void listsTheWindowsThatOverlapAPeriodEarliestFirst() {
        String system = uniqueSystem();
        announce(system, "2026-10-24T01:00:00+02:00", "2026-10-24T03:00:00+02:00", "Last Saturday");
        announce(system, "2026-09-30T23:00:00+02:00", "2026-10-01T01:00:00+02:00", "Across the month start");
        announce(system, "2026-11-07T01:00:00+01:00", "2026-11-07T02:00:00+01:00", "Next month");
        announce(uniqueSystem(), "2026-10-10T01:00:00+02:00", "2026-10-10T02:00:00+02:00", "Another system");

        as("ministry")
                .queryParam("system", system)
                .queryParam("from", "2026-10-01T00:00:00+02:00")
                .queryParam("to", "2026-11-01T00:00:00+01:00")
                .get("/api/v1/service-windows")
                .then().statusCode(200)
                .body("purpose", contains("Across the month start", "Last Saturday"));
    }

    @Test
    void namesEachMissingField() {
        as("admin").body(Map.of("purpose", ""))
                .post("/api/v1/service-windows")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("systemCode", "startAt", "endAt", "purpose", "announcedAt"));
    }

    @Test
    void refusesAWindowThatEndsBeforeItStarts() {
        as("admin").body(window(uniqueSystem(), "2026-10-17T02:00:00+02:00", "2026-10-17T01:00:00+02:00"))
                .post("/api/v1/service-windows")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("endAt"));
    }

    @Test
    void refusesAnInstantThatIsNotIso8601() {
        Map<String, String> body = window(uniqueSystem(), "2026-10-17 01:00", "2026-10-17T02:00:00+02:00");
        as("admin").body(body).post("/api/v1/service-windows")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("startAt"));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        as("ministry")
                .queryParam("system", "NT")
                .queryParam("from", "2026-11-01T00:00:00+01:00")
                .queryParam("to", "2026-10-01T00:00:00+02:00")
                .get("/api/v1/service-windows")
                .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void letsOnlyOperationsStaffAnnounceAndKeepsSchoolsOut() {
        Map<String, String> body = window(uniqueSystem(), "2026-10-17T01:00:00+02:00", "2026-10-17T02:00:00+02:00");
        as("ministry").body(body).post("/api/v1/service-windows").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(AccessTokens.forSchool("280010")).queryParam("system", "NT")
                .queryParam("from", "2026-10-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .get("/api/v1/service-windows").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/service-windows").then().statusCode(401);
    }

    private static void announce(String system, String start, String end, String purpose) {
        Map<String, String> body = new HashMap<>(window(system, start, end));
        body.put("purpose", purpose);
        as("vendor-ops").body(body).post("/api/v1/service-windows").then().statusCode(201);
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(AccessTokens.forRole(role)).contentType(ContentType.JSON);
    }

    private static Map<String, String> window(String system, String start, String end) {
        return Map.of("systemCode", system, "startAt", start, "endAt", end,
                "purpose", "Operating system security updates", "announcedAt", "2026-10-13T09:00:00+02:00");
    }

    private static String uniqueSystem() {
        return "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
