package dk.servicelevel.incident;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.id;
import static dk.servicelevel.incident.incident.IncidentFixtures.incident;
import static dk.servicelevel.incident.incident.IncidentFixtures.register;
import static dk.servicelevel.incident.incident.IncidentFixtures.transition;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged incident-service, as it is deployed: the JVM application in {@code ./platform test}, the native
 * executable with {@code ./mvnw verify -Dnative}. It covers what a native image most often loses: the JSON kept in the
 * database (the timeline), token verification, and the database itself.
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void keepsAnIncidentAndItsTimelineInItsDatabase() {
        String id = id(register(incident(uniqueSystem(), 2, "2026-10-07T04:02:00+02:00", null)));
        transition(id, 0, "INVESTIGATING").then().statusCode(200);
        as("ministry").get("/api/v1/incidents/{id}", id)
                .then().statusCode(200)
                .body("state", equalTo("INVESTIGATING"), "knownAt", equalTo("2026-10-07T02:02:00Z"),
                        "timeline.kind", contains("REGISTERED", "STATE_CHANGED"));
    }

    @Test
    void answersOnlyRequestsWithATokenSignedByItsIssuer() {
        String id = id(register(incident(uniqueSystem(), 3, "2026-10-07T04:02:00+02:00", null)));
        given().get("/api/v1/incidents/{id}", id).then().statusCode(401);
        given().auth().oauth2(AccessTokens.forgedForRole("ministry")).get("/api/v1/incidents/{id}", id).then().statusCode(401);
        given().auth().oauth2(AccessTokens.forRole("ministry")).get("/api/v1/incidents/{id}", id).then().statusCode(200);
    }
}
