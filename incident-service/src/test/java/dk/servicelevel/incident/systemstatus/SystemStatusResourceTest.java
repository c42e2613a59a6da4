package dk.servicelevel.incident.systemstatus;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.id;
import static dk.servicelevel.incident.incident.IncidentFixtures.incident;
import static dk.servicelevel.incident.incident.IncidentFixtures.register;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SystemStatusResourceTest {

    @Test
    void aSystemIsAsRedAsItsWorstOpenProductionIncident() {
        String system = uniqueSystem();
        Map<String, Object> yellow = incident(system, 3, "2026-11-20T08:00:00+01:00", null);
        yellow.put("statusColour", "YELLOW");
        String yellowId = id(register(yellow));
        String redId = id(register(incident(system, 2, "2026-11-20T09:00:00+01:00", null)));
        String restored = uniqueSystem();
        register(incident(restored, 1, "2026-11-20T09:00:00+01:00", "2026-11-20T09:30:00+01:00"));

        as("ministry").get("/api/v1/system-status")
                .then().statusCode(200)
                .body("find { it.systemCode == '" + system + "' }.colour", equalTo("RED"))
                .body("find { it.systemCode == '" + system + "' }.openIncidents", contains(yellowId, redId))
                .body("systemCode", not(hasItem(restored)));
    }
}
