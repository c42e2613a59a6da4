package dk.servicelevel.incident.change;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ChangeResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void announcesAChangeWithItsInstantsInUtc() {
        String system = uniqueSystem();
        as("vendor-ops").body(change(system, "STANDARD", "2026-10-17T01:00:00+02:00", "2026-10-17T03:00:00+02:00"))
                .post("/api/v1/changes")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/changes/"))
                .header("ETag", "\"0\"")
                .body("systemCode", equalTo(system),
                        "kind", equalTo("STANDARD"),
                        "plannedStartAt", equalTo("2026-10-16T23:00:00Z"),
                        "plannedEndAt", equalTo("2026-10-17T01:00:00Z"),
                        "withDowntime", equalTo(true),
                        "noticeKept", equalTo(true),
                        "announcedBy", equalTo("vendor-ops-user"));
    }

    @Test
    void flagsAChangeWithDowntimeAnnouncedLessThanTwoDaysAhead() {
        Map<String, Object> late = change(uniqueSystem(), "EXTRA", "2026-10-17T01:00:00+02:00", "2026-10-17T03:00:00+02:00");
        late.put("announcedAt", "2026-10-15T01:00:01+02:00");
        as("vendor-ops").body(late).post("/api/v1/changes").then().statusCode(201).body("noticeKept", equalTo(false));
        late.put("withDowntime", false);
        as("vendor-ops").body(late).post("/api/v1/changes").then().statusCode(201).body("noticeKept", equalTo(true));
    }

    @Test
    void recordsTheActualTimesAndResultWithTheVersionItWasReadAt() {
        String location = as("vendor-ops")
                .body(change(uniqueSystem(), "HOTFIX", "2026-10-20T10:00:00+02:00", "2026-10-20T10:30:00+02:00"))
                .post("/api/v1/changes").then().statusCode(201).extract().header("Location");
        Map<String, Object> done = change("X", "HOTFIX", "2026-10-20T10:00:00+02:00", "2026-10-20T10:30:00+02:00");
        done.put("systemCode", as("admin").get(location).then().extract().path("systemCode"));
        done.put("actualStartAt", "2026-10-20T10:05:00+02:00");
        done.put("actualEndAt", "2026-10-20T10:20:00+02:00");
        done.put("result", "SUCCEEDED");

        as("vendor-ops").header("If-Match", "\"0\"").body(done).put(location)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("actualStartAt", equalTo("2026-10-20T08:05:00Z"), "result", equalTo("SUCCEEDED"));
        done.put("result", "ROLLED_BACK");
        as("vendor-ops").header("If-Match", "\"0\"").body(done).put(location)
                .then().statusCode(412).contentType(PROBLEM);
        as("vendor-ops").body(done).put(location).then().statusCode(428).contentType(PROBLEM);
        as("ministry").get(location).then().statusCode(200).body("result", equalTo("SUCCEEDED"));
    }

    @Test
    void listsTheChangesOfASystemInAPeriodEarliestFirst() {
        String system = uniqueSystem();
        announce(system, "2026-10-24T01:00:00+02:00", "2026-10-24T03:00:00+02:00", "Late October");
        announce(system, "2026-10-03T01:00:00+02:00", "2026-10-03T03:00:00+02:00", "Early October");
        announce(system, "2026-11-07T01:00:00+01:00", "2026-11-07T02:00:00+01:00", "November");
        announce(uniqueSystem(), "2026-10-10T01:00:00+02:00", "2026-10-10T02:00:00+02:00", "Another system");

        as("ministry").queryParam("system", system)
                .queryParam("from", "2026-10-01T00:00:00+02:00").queryParam("to", "2026-11-01T00:00:00+01:00")
                .get("/api/v1/changes")
                .then().statusCode(200)
                .body("title", contains("Early October", "Late October"));
    }

    @Test
    void namesEachMissingOrImpossibleField() {
        as("admin").body(Map.of("title", "")).post("/api/v1/changes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("systemCode", "kind", "title", "plannedStartAt", "plannedEndAt",
                        "withDowntime", "announcedAt"));

        Map<String, Object> impossible = change(uniqueSystem(), "STANDARD", "2026-10-17T03:00:00+02:00", "2026-10-17T01:00:00+02:00");
        impossible.put("result", "FAILED");
        as("admin").body(impossible).post("/api/v1/changes")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("plannedEndAt", "result"));

        Map<String, Object> unknownKind = change(uniqueSystem(), "WHENEVER", "2026-10-17T01:00:00+02:00", "2026-10-17T03:00:00+02:00");
        as("admin").body(unknownKind).post("/api/v1/changes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("kind"));
    }

    @Test
    void namesAMalformedPeriodParameter() {
        as("ministry").queryParam("system", "NT")
                .queryParam("from", "1 October").queryParam("to", "2026-11-01T00:00:00+01:00")
                .get("/api/v1/changes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("from"));
    }

    @Test
    void letsOnlyOperationsStaffAnnounceAndKeepsSchoolsOut() {
        Map<String, Object> body = change(uniqueSystem(), "STANDARD", "2026-10-17T01:00:00+02:00", "2026-10-17T03:00:00+02:00");
        as("ministry").body(body).post("/api/v1/changes").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(AccessTokens.forSchool("280010")).queryParam("system", "NT")
                .queryParam("from", "2026-10-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .get("/api/v1/changes").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/changes").then().statusCode(401);
    }

    static void announce(String system, String start, String end, String title) {
        Map<String, Object> body = change(system, "STANDARD", start, end);
        body.put("title", title);
        as("vendor-ops").body(body).post("/api/v1/changes").then().statusCode(201);
    }

    static Map<String, Object> change(String system, String kind, String start, String end) {
        Map<String, Object> change = new HashMap<>();
        change.put("systemCode", system);
        change.put("kind", kind);
        change.put("title", "Release 26.10 of the test player");
        change.put("plannedStartAt", start);
        change.put("plannedEndAt", end);
        change.put("withDowntime", true);
        change.put("announcedAt", "2026-10-01T09:00:00+02:00");
        return change;
    }
}
