package dk.servicelevel.incident.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.id;
import static dk.servicelevel.incident.incident.IncidentFixtures.incident;
import static dk.servicelevel.incident.incident.IncidentFixtures.register;
import static dk.servicelevel.incident.incident.IncidentFixtures.transition;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class IncidentResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void registersAnIncidentWithAReadableIdAndATimeline() {
        String system = uniqueSystem();
        Response registered = register(incident(system, 2, "2026-10-07T04:02:00+02:00", null));
        registered.then().statusCode(201).header("ETag", "\"0\"")
                .body("id", matchesPattern("INC-\\d{4}-\\d{6}"), "state", equalTo("REGISTERED"),
                        "knownAt", equalTo("2026-10-07T02:02:00Z"), "priority", equalTo(2),
                        "deadlines.acknowledgeBy", equalTo("2026-10-07T04:02:00Z"));

        as("ministry").get("/api/v1/incidents/{id}", id(registered))
                .then().statusCode(200)
                .body("timeline.kind", contains("REGISTERED"), "timeline[0].author", equalTo("vendor-ops-user"));
    }

    @Test
    void aCategoryOneIncidentInProductionIsAMajorIncidentWithAManager() {
        register(incident(uniqueSystem(), 1, "2026-10-07T04:02:00+02:00", null))
                .then().statusCode(201)
                .body("majorIncident", equalTo(true), "priority", equalTo(1),
                        "majorIncidentManager", equalTo("vendor-ops-user"));
        Map<String, Object> inTest = incident(uniqueSystem(), 1, "2026-10-07T04:02:00+02:00", null);
        inTest.put("environment", "TEST");
        register(inTest).then().statusCode(201).body("majorIncident", equalTo(false), "priority", equalTo(2));
    }

    @Test
    void namesEachMissingFieldAndEachImpossibleInstant() {
        as("vendor-ops").body(Map.of("title", "")).post("/api/v1/incidents")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("systemCode", "layer", "environment", "category", "statusColour", "title"));

        Map<String, Object> backwards = incident(uniqueSystem(), 2, "2026-10-07T04:02:00+02:00", "2026-10-07T03:00:00+02:00");
        register(backwards).then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("restoredAt"));

        Map<String, Object> badCategory = incident(uniqueSystem(), 5, "2026-10-07T04:02:00+02:00", null);
        register(badCategory).then().statusCode(400).body("violations.field", contains("category"));
    }

    @Test
    void aStaleUpdateIsRefusedAndTheFirstChangeKept() {
        String id = id(register(incident(uniqueSystem(), 3, "2026-10-07T04:02:00+02:00", null)));
        Map<String, Object> first = incident(uniqueSystem(), 3, "2026-10-07T04:02:00+02:00", null);
        first.put("title", "First edit");
        as("vendor-ops").header("If-Match", "\"0\"").body(first).put("/api/v1/incidents/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"");
        Map<String, Object> second = new HashMap<>(first);
        second.put("title", "Second edit from the old version");
        as("admin").header("If-Match", "\"0\"").body(second).put("/api/v1/incidents/{id}", id)
                .then().statusCode(412).contentType(PROBLEM);
        as("admin").body(second).put("/api/v1/incidents/{id}", id).then().statusCode(428);

        as("ministry").get("/api/v1/incidents/{id}", id).then().body("title", equalTo("First edit"));
    }

    @Test
    void followsTheLifecycleAndRefusesAMoveNotAllowed() {
        String id = id(register(incident(uniqueSystem(), 2, "2026-10-07T04:02:00+02:00", null)));
        transition(id, 0, "INVESTIGATING").then().statusCode(200).body("state", equalTo("INVESTIGATING"));
        transition(id, 1, "CLOSED").then().statusCode(409).contentType(PROBLEM);
        transition(id, 1, "RESOLVED").then().statusCode(422).body("violations.field", contains("restoredAt"));

        Map<String, Object> restored = incident(uniqueSystem(), 2, "2026-10-07T04:02:00+02:00", "2026-10-07T04:40:00+02:00");
        as("vendor-ops").header("If-Match", "\"1\"").body(restored).put("/api/v1/incidents/{id}", id).then().statusCode(200);
        transition(id, 2, "RESOLVED").then().statusCode(200);
        transition(id, 3, "CLOSED").then().statusCode(200).body("closedAt", not(nullValue()));
        transition(id, 4, "INVESTIGATING").then().statusCode(200)
                .body("state", equalTo("INVESTIGATING"), "restoredAt", nullValue(), "closedAt", nullValue());

        as("ministry").get("/api/v1/incidents/{id}", id).then()
                .body("timeline.kind", contains("REGISTERED", "STATE_CHANGED", "UPDATED", "STATE_CHANGED",
                        "STATE_CHANGED", "STATE_CHANGED"))
                .body("timeline[5].text", containsString("reopened"));
    }

    @Test
    void aResolvedIncidentChangesCategoryOnlyWithAReasonThatGoesIntoTheTimeline() {
        String system = uniqueSystem();
        Map<String, Object> restored = incident(system, 2, "2026-10-07T04:02:00+02:00", "2026-10-07T04:40:00+02:00");
        String id = id(register(restored));
        transition(id, 0, "RESOLVED").then().statusCode(200);

        Map<String, Object> recategorised = new HashMap<>(restored);
        recategorised.put("category", 1);
        as("vendor-ops").header("If-Match", "\"1\"").body(recategorised).put("/api/v1/incidents/{id}", id)
                .then().statusCode(422).body("violations.field", contains("reason"));
        recategorised.put("reason", "RCA showed data loss");
        as("vendor-ops").header("If-Match", "\"1\"").body(recategorised).put("/api/v1/incidents/{id}", id)
                .then().statusCode(200).body("category", equalTo(1));
        as("ministry").get("/api/v1/incidents/{id}", id).then()
                .body("timeline.text", hasItem("Category 2 → 1: RCA showed data loss"));
    }

    @Test
    void searchesTheFaultLogNewestFirstAPageAtATimeAndFindsOverdueIncidents() {
        String system = uniqueSystem();
        String oldest = id(register(incident(system, 3, "2026-10-01T10:00:00+02:00", "2026-10-01T10:30:00+02:00")));
        String overdue = id(register(incident(system, 1, "2026-10-02T10:00:00+02:00", null)));
        Map<String, Object> handledInTime = incident(system, 2, "2026-10-03T10:00:00+02:00", "2026-10-03T10:20:00+02:00");
        handledInTime.put("acknowledgedAt", "2026-10-03T10:05:00+02:00");
        String newest = id(register(handledInTime));

        Response first = as("ministry").queryParam("system", system).queryParam("limit", 2).get("/api/v1/incidents");
        first.then().statusCode(200).body("items.id", contains(newest, overdue), "next", equalTo(overdue));
        register(incident(system, 3, "2026-10-04T10:00:00+02:00", null));
        as("ministry").queryParam("system", system).queryParam("limit", 2).queryParam("before", overdue)
                .get("/api/v1/incidents")
                .then().body("items.id", contains(oldest), "next", nullValue());

        as("ministry").queryParam("system", system).queryParam("overdue", true).get("/api/v1/incidents")
                .then().body("items.id", hasItem(overdue), "items.id", not(hasItem(newest)));
        as("ministry").queryParam("system", system).queryParam("overdue", "maybe").get("/api/v1/incidents")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("overdue"));
        as("ministry").queryParam("before", "INC-1900-000001").get("/api/v1/incidents")
                .then().statusCode(422).contentType("application/problem+json").body("violations.field", hasItem("before"));
        as("ministry").queryParam("category", "abc").get("/api/v1/incidents")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("category"));
        as("ministry").queryParam("system", system).queryParam("category", 2).get("/api/v1/incidents")
                .then().body("items.id", contains(newest));
        as("ministry").queryParam("q", "DISK RAN").queryParam("system", system).get("/api/v1/incidents")
                .then().body("items.size()", equalTo(4));
    }

    @Test
    void schoolsHaveNoAccessAndTheMinistryOnlyReads() {
        given().auth().oauth2(AccessTokens.forSchool("280010")).get("/api/v1/incidents").then().statusCode(403);
        as("ministry").body(incident(uniqueSystem(), 2, "2026-10-07T04:02:00+02:00", null)).post("/api/v1/incidents")
                .then().statusCode(403);
        as("ministry").get("/api/v1/incidents/{id}", "INC-1999-000000").then().statusCode(404).contentType(PROBLEM);
    }
}
