package dk.servicelevel.incident.majorincident;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.id;
import static dk.servicelevel.incident.incident.IncidentFixtures.incident;
import static dk.servicelevel.incident.incident.IncidentFixtures.register;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.local.PageForms;
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
    void theReportPageNamesHowItWasLearntTheAnalysisAndTheColourInTheReadersLanguage() {
        Map<String, Object> major = incident(uniqueSystem(), 1, "2026-11-03T08:15:00+01:00", "2026-11-03T10:45:00+01:00");
        major.put("reportedAt", "2026-11-03T08:05:00+01:00");
        String id = id(register(major));

        String danish = given().cookie(PageForms.signInCookie("incident-service"), AccessTokens.forRole("vendor-ops")).get("/drift/haendelser/{id}/rapport", id)
                .then().statusCode(200).extract().asString();
        String english = given().cookie(PageForms.signInCookie("incident-service"), AccessTokens.forRole("vendor-ops")).cookie("lang", "en")
                .get("/drift/haendelser/{id}/rapport", id).then().statusCode(200).extract().asString();

        assertThat(danish).contains("Brugerhenvendelse", "Ikke startet", "RØD").doesNotContain("USER_REPORT", "NOT_STARTED", ">RED<");
        assertThat(english).contains("A user&#39;s report", "Not started", "RED").doesNotContain("USER_REPORT", "NOT_STARTED");
    }

    @Test
    void anIncidentThatIsNotMajorHasNoIncidentReport() {
        String id = id(register(incident(uniqueSystem(), 2, "2026-11-03T08:15:00+01:00", null)));
        as("ministry").get("/api/v1/incidents/{id}/report", id).then().statusCode(422);
    }
}
