package dk.servicelevel.incident.majorincident;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.id;
import static dk.servicelevel.incident.incident.IncidentFixtures.incident;
import static dk.servicelevel.incident.incident.IncidentFixtures.register;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MajorIncidentResourceTest {

    @Test
    void answersWhenHowWhatWhyConsequencesAndPreventiveActions() {
        Map<String, Object> major = incident(uniqueSystem(), 1, "2026-11-03T08:15:00+01:00", "2026-11-03T10:45:00+01:00");
        major.put("reportedAt", "2026-11-03T08:05:00+01:00");
        major.put("userImpact", "No pupil could start a test");
        major.put("affectedSharePercent", 100);
        major.put("majorIncidentManager", "Magnus Strömberg");
        String id = id(register(major));

        as("ministry").get("/api/v1/incidents/{id}/report", id)
                .then().statusCode(200)
                .body("priority", equalTo(1), "majorIncidentManager", equalTo("Magnus Strömberg"))
                .body("when.knownAt", equalTo("2026-11-03T07:05:00Z"), "when.outageMinutes", equalTo(160))
                .body("how.detectedBy", equalTo("USER_REPORT"))
                .body("why.cause", equalTo("A disk ran full"))
                .body("consequences.userImpact", equalTo("No pupil could start a test"))
                .body("preventiveActions[0].owner", equalTo("Platform team"));
    }

    @Test
    void anIncidentThatIsNotMajorHasNoIncidentReport() {
        String id = id(register(incident(uniqueSystem(), 2, "2026-11-03T08:15:00+01:00", null)));
        as("ministry").get("/api/v1/incidents/{id}/report", id).then().statusCode(422);
    }
}
