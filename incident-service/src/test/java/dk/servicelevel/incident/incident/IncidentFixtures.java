package dk.servicelevel.incident.incident;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.servicelevel.local.AccessTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Incidents as the operations staff send them, for the tests of the fault log and what is built on it. */
public final class IncidentFixtures {

    private IncidentFixtures() {
    }

    public static Response register(Map<String, Object> incident) {
        return as("vendor-ops").body(incident).post("/api/v1/incidents");
    }

    public static String id(Response registered) {
        return registered.then().statusCode(201).extract().path("id");
    }

    public static Response transition(String id, long version, String state) {
        return as("vendor-ops").header("If-Match", "\"" + version + "\"").body(Map.of("state", state))
                .post("/api/v1/incidents/{id}/transitions", id);
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(AccessTokens.forRole(role)).contentType(ContentType.JSON);
    }

    public static Map<String, Object> incident(String system, int category, String detectedAt, String restoredAt) {
        Map<String, Object> incident = new HashMap<>();
        incident.put("systemCode", system);
        incident.put("layer", "INFRASTRUCTURE");
        incident.put("environment", "PRODUCTION");
        incident.put("category", category);
        incident.put("statusColour", "RED");
        incident.put("detectedAt", detectedAt);
        incident.put("restoredAt", restoredAt);
        incident.put("title", "Login failed");
        incident.put("cause", "A disk ran full");
        incident.put("remedyPlan", List.of(Map.of("action", "Alert at 80% disk use", "owner", "Platform team",
                "dueDate", "2026-11-15", "done", false)));
        return incident;
    }

    public static String uniqueSystem() {
        return "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
