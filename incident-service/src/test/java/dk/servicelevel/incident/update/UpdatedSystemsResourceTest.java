package dk.servicelevel.incident.update;

import static dk.servicelevel.incident.incident.IncidentFixtures.as;
import static dk.servicelevel.incident.incident.IncidentFixtures.id;
import static dk.servicelevel.incident.incident.IncidentFixtures.incident;
import static dk.servicelevel.incident.incident.IncidentFixtures.register;
import static dk.servicelevel.incident.incident.IncidentFixtures.transition;
import static dk.servicelevel.incident.incident.IncidentFixtures.uniqueSystem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UpdatedSystemsResourceTest {

    @Test
    void aSystemIsUpdatedWhenOneOfItsRecordsIsRegisteredOrChangedAfterTheInstant() {
        String untouched = uniqueSystem();
        String changedLater = uniqueSystem();
        register(incident(untouched, 3, "2026-11-20T08:00:00+01:00", "2026-11-20T09:00:00+01:00"));
        String earlier = id(register(incident(changedLater, 3, "2026-11-20T08:00:00+01:00", null)));
        String readAt = as("ministry").queryParam("since", "2026-01-01T00:00:00Z").get("/api/v1/updated-systems")
                .then().statusCode(200).body("systems.systemCode", hasItems(untouched, changedLater)).extract().path("readAt");

        String registeredLater = uniqueSystem();
        register(incident(registeredLater, 2, "2026-11-21T08:00:00+01:00", null));
        transition(earlier, 0, "INVESTIGATING").then().statusCode(200);
        String windowed = uniqueSystem();
        as("vendor-ops").body(Map.of("systemCode", windowed, "startAt", "2026-12-20T06:00:00+01:00",
                "endAt", "2026-12-20T08:00:00+01:00", "purpose", "Patching", "announcedAt", "2026-12-01T09:00:00+01:00")).post("/api/v1/service-windows")
                .then().statusCode(201);

        as("ministry").queryParam("since", readAt).get("/api/v1/updated-systems")
                .then().statusCode(200)
                .body("systems.systemCode", hasItems(registeredLater, changedLater, windowed))
                .body("systems.find { it.systemCode == '" + registeredLater + "' }.lastWrittenAt", notNullValue())
                .body("systems.systemCode", not(hasItem(untouched)));
    }

    @Test
    void withoutAnInstantTheQuestionIsRefused() {
        as("ministry").get("/api/v1/updated-systems").then().statusCode(400);
    }

    @Test
    void schoolsMayNotAsk() {
        as("school").queryParam("since", "2026-01-01T00:00:00Z").get("/api/v1/updated-systems").then().statusCode(403);
    }
}
