package dk.servicelevel.incident.outage;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.id;
import static dk.servicelevel.incident.incident.IncidentFixtures.incident;
import static dk.servicelevel.incident.incident.IncidentFixtures.register;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutageResourceTest {

    @Test
    void givesTheOutagesOfCountedProductionIncidentsFromWhenTheVendorKnewUntilRestored() {
        String system = uniqueSystem();
        // Known at the earlier of detected (04:02) and reported (04:10); restored 04:21 (seed 000, 7 October).
        Map<String, Object> diskFull = incident(system, 2, "2026-10-07T04:02:00+02:00", "2026-10-07T04:21:00+02:00");
        diskFull.put("reportedAt", "2026-10-07T04:10:00+02:00");
        String first = id(register(diskFull));
        // Reported by a user before monitoring saw it; crosses the end of the period and is still open.
        Map<String, Object> open = incident(system, 1, "2026-10-31T23:50:00+01:00", null);
        open.put("reportedAt", "2026-10-31T23:40:00+01:00");
        String second = id(register(open));
        // Not counted: category 3, another environment, another system, or before the period.
        register(incident(system, 3, "2026-10-10T12:21:00+02:00", "2026-10-10T12:37:00+02:00"));
        Map<String, Object> inTest = incident(system, 1, "2026-10-12T10:00:00+02:00", "2026-10-12T11:00:00+02:00");
        inTest.put("environment", "TEST");
        register(inTest);
        register(incident(uniqueSystem(), 1, "2026-10-12T10:00:00+02:00", "2026-10-12T11:00:00+02:00"));
        register(incident(system, 1, "2026-09-30T20:00:00+02:00", "2026-09-30T21:00:00+02:00"));

        as("ministry").queryParam("system", system)
                .queryParam("from", "2026-10-01T00:00:00+02:00").queryParam("to", "2026-11-01T00:00:00+01:00")
                .get("/api/v1/outages")
                .then().statusCode(200)
                .body("incidentId", contains(first, second))
                .body("start", contains("2026-10-07T02:02:00Z", "2026-10-31T22:40:00Z"))
                .body("end", contains("2026-10-07T02:21:00Z", null))
                .body("[1].end", nullValue())
                .body("category", contains(2, 1));
    }

    @Test
    void filtersByLayer() {
        String system = uniqueSystem();
        Map<String, Object> application = incident(system, 1, "2026-10-05T10:00:00+02:00", "2026-10-05T10:30:00+02:00");
        application.put("layer", "APPLICATION");
        String applicationId = id(register(application));
        register(incident(system, 1, "2026-10-06T10:00:00+02:00", "2026-10-06T10:30:00+02:00"));

        as("vendor-ops").queryParam("system", system).queryParam("layer", "APPLICATION")
                .queryParam("from", "2026-10-01T00:00:00+02:00").queryParam("to", "2026-11-01T00:00:00+01:00")
                .get("/api/v1/outages")
                .then().statusCode(200).body("incidentId", contains(applicationId));
    }

    @Test
    void countsTheCategoriesAskedFor() {
        String system = uniqueSystem();
        String critical = id(register(incident(system, 1, "2026-10-05T10:00:00+02:00", "2026-10-05T10:30:00+02:00")));
        register(incident(system, 2, "2026-10-06T10:00:00+02:00", "2026-10-06T10:30:00+02:00"));
        String minor = id(register(incident(system, 3, "2026-10-07T10:00:00+02:00", "2026-10-07T10:30:00+02:00")));

        as("ministry").queryParam("system", system).queryParam("category", 1, 3)
                .queryParam("from", "2026-10-01T00:00:00+02:00").queryParam("to", "2026-11-01T00:00:00+01:00")
                .get("/api/v1/outages")
                .then().statusCode(200).body("incidentId", contains(critical, minor));
        as("ministry").queryParam("system", system).queryParam("category", 5)
                .queryParam("from", "2026-10-01T00:00:00+02:00").queryParam("to", "2026-11-01T00:00:00+01:00")
                .get("/api/v1/outages")
                .then().statusCode(400).body("violations.field", contains("category"));
    }

    @Test
    void needsTheSystemAndAPeriodThatEndsAfterItStarts() {
        as("ministry").queryParam("from", "2026-10-01T00:00:00Z").get("/api/v1/outages")
                .then().statusCode(400).body("violations.field", contains("system", "to"));
        as("ministry").queryParam("system", "NT").queryParam("from", "2026-10-02T00:00:00Z")
                .queryParam("to", "2026-10-01T00:00:00Z").get("/api/v1/outages").then().statusCode(422);
    }
}
