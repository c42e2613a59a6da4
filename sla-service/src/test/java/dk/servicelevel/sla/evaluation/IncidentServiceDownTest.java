package dk.servicelevel.sla.evaluation;

import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractSla;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(IncidentServiceDownTest.Unreachable.class)
class IncidentServiceDownTest {

    /** incident-service at an address where nothing answers. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.incident-service.url", "http://localhost:9");
        }
    }

    @Test
    void anEvaluationWithoutIncidentServiceIsAProblemNotANumber() {
        String sla = contractSla(newSystem());
        as("ministry").queryParam("month", "2026-10").get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("incident-service cannot answer"));
    }
}
