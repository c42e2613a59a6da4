package dk.servicelevel.sla;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import dk.servicelevel.local.AccessTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Systems, SLAs, incidents and service windows as the users send them, for the tests of sla-service. */
public final class SlaFixtures {

    public static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    private SlaFixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(AccessTokens.forRole(role)).contentType(ContentType.JSON);
    }

    /** A request to the real incident-service that runs beside the tests. */
    public static RequestSpecification toIncidentService(String role) {
        return as(role).baseUri(ConfigProvider.getConfig().getValue("quarkus.rest-client.incident-service.url", String.class))
                .port(-1);
    }

    /** Registers a new system in the catalogue and answers its code. */
    public static String newSystem() {
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as("admin").body(Map.of("code", code, "name", "System " + code)).post("/api/v1/systems").then().statusCode(201);
        return code;
    }

    /** The SLA of seed 002, table 3: A = Mon–Fri 07:00–17:00 at 99.9%, B = the rest at 95%. */
    public static Map<String, Object> contractDefinition() {
        Map<String, Object> definition = new HashMap<>();
        definition.put("zone", "Europe/Copenhagen");
        definition.put("windows", new ArrayList<>(List.of(
                Map.of("name", "A", "targetPercent", 99.9,
                        "schedule", List.of(Map.of("days", WEEKDAYS, "from", "07:00", "to", "17:00"))),
                Map.of("name", "B", "targetPercent", 95.0, "rest", true))));
        definition.put("minimumOutage", "PT5M");
        definition.put("timeSlice", "PT5M");
        definition.put("responseTime", Map.of("measuredAt", "A", "threshold", "PT3S", "sharePercent", 95));
        definition.put("countedCategories", List.of(1, 2));
        definition.put("serviceWindowAllowance", Map.of("perMonth", "PT2H", "from", "00:00", "to", "05:00", "notice", "P2D"));
        return definition;
    }

    public static Map<String, Object> sla(String id, String system, String validFrom, Map<String, Object> definition) {
        return Map.of("id", id, "name", "SLA of " + system, "systemCode", system, "layer", "APPLICATION",
                "validFrom", validFrom, "definition", definition);
    }

    /** Defines the contract's SLA for a new system, in force from long ago, and answers its id. */
    public static String contractSla(String system) {
        String id = system + "-APP";
        as("vendor-ops").body(sla(id, system, "2020-01-01T00:00:00Z", contractDefinition())).post("/api/v1/slas")
                .then().statusCode(201);
        return id;
    }

    /** Registers a production incident of the application layer in incident-service and answers its id. */
    public static String outage(String system, int category, String detectedAt, String restoredAt) {
        Map<String, Object> incident = new HashMap<>();
        incident.put("systemCode", system);
        incident.put("layer", "APPLICATION");
        incident.put("environment", "PRODUCTION");
        incident.put("category", category);
        incident.put("statusColour", "RED");
        incident.put("detectedAt", detectedAt);
        incident.put("restoredAt", restoredAt);
        incident.put("title", "The test player did not answer");
        return toIncidentService("vendor-ops").body(incident).post("/api/v1/incidents")
                .then().statusCode(201).extract().path("id");
    }

    public static void serviceWindow(String system, String start, String end, String announcedAt) {
        toIncidentService("vendor-ops").body(Map.of("systemCode", system, "startAt", start, "endAt", end,
                "purpose", "Operating system updates", "announcedAt", announcedAt))
                .post("/api/v1/service-windows").then().statusCode(201);
    }
}
