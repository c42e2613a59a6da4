package dk.servicelevel.sla.definition;

import static dk.servicelevel.sla.SlaFixtures.WEEKDAYS;
import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractDefinition;
import static dk.servicelevel.sla.SlaFixtures.contractSla;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static dk.servicelevel.sla.SlaFixtures.sla;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SlaResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void definesAnSlaWithItsFirstVersion() {
        String system = newSystem();
        String id = contractSla(system);
        as("ministry").get("/api/v1/slas/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("systemCode", equalTo(system), "layer", equalTo("APPLICATION"))
                .body("versions.number", contains(1))
                .body("versions[0].validFrom", equalTo("2020-01-01T00:00:00Z"))
                .body("versions[0].definition.windows.name", contains("A", "B"))
                .body("versions[0].definition.windows[0].schedule[0].from", equalTo("07:00:00"))
                .body("versions[0].definition.timeSlice", equalTo("PT5M"))
                .body("versions[0].createdBy", equalTo("vendor-ops-user"));
        as("ministry").queryParam("system", system).get("/api/v1/slas").then().statusCode(200).body("id", contains(id));
    }

    @Test
    void refusesOverlappingWindowsAndNamesThem() {
        String system = newSystem();
        Map<String, Object> definition = contractDefinition();
        List<Object> windows = new ArrayList<>((List<?>) definition.get("windows"));
        windows.add(Map.of("name", "EVENING", "targetPercent", 98,
                "schedule", List.of(Map.of("days", WEEKDAYS, "from", "16:00", "to", "20:00"))));
        definition.put("windows", windows);
        as("admin").body(sla(system + "-APP", system, "2026-01-01T00:00:00Z", definition)).post("/api/v1/slas")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("definition.windows[2].schedule"))
                .body("violations.message", contains("overlaps window A on MONDAY"));
    }

    @Test
    void namesEachMissingOrMalformedField() {
        Map<String, Object> definition = contractDefinition();
        definition.remove("timeSlice");
        definition.put("windows", List.of(Map.of("name", "A", "targetPercent", 120, "rest", true)));
        as("admin").body(sla("X-APP", newSystem(), "2026-01-01T00:00:00Z", definition)).post("/api/v1/slas")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("definition.timeSlice", "definition.windows[0].targetPercent"));
        definition = contractDefinition();
        definition.put("zone", "Mars/Olympus");
        as("admin").body(sla("X-APP", newSystem(), "2026-01-01T00:00:00Z", definition)).post("/api/v1/slas")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("definition.zone"));
    }

    @Test
    void refusesAnSlaOfASystemNotInTheCatalogueAndASecondWithTheSameId() {
        as("admin").body(sla("NOPE-APP", "NOPE", "2026-01-01T00:00:00Z", contractDefinition())).post("/api/v1/slas")
                .then().statusCode(422).body("violations.field", contains("systemCode"));
        String system = newSystem();
        String id = contractSla(system);
        as("admin").body(sla(id, system, "2026-01-01T00:00:00Z", contractDefinition())).post("/api/v1/slas")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void aRevisionAddsAVersionAndNeverRewritesHistory() {
        String id = contractSla(newSystem());
        Map<String, Object> unexplained = Map.of("name", "Revised", "validFrom", "2026-07-01T00:00:00+02:00",
                "definition", contractDefinition());
        as("admin").body(unexplained).put("/api/v1/slas/{id}", id).then().statusCode(428);
        as("admin").header("If-Match", "\"0\"").body(unexplained).put("/api/v1/slas/{id}", id)
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("reason"));
        Map<String, Object> revision = Map.of("name", "Revised", "validFrom", "2026-07-01T00:00:00+02:00",
                "definition", contractDefinition(), "reason", "Addendum 3, signed 10 July, applies from 1 July");
        as("admin").header("If-Match", "\"0\"").body(revision).put("/api/v1/slas/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Revised"), "versions.number", contains(1, 2))
                .body("versions[1].reason", equalTo("Addendum 3, signed 10 July, applies from 1 July"), "versions[0].reason", nullValue());
        Map<String, Object> ahead = Map.of("name", "Revised", "validFrom", "2099-01-01T00:00:00+01:00", "definition", contractDefinition());
        as("admin").header("If-Match", "\"1\"").body(ahead).put("/api/v1/slas/{id}", id)
                .then().statusCode(200).body("versions.number", contains(1, 2, 3), "versions[2].reason", nullValue());
        as("admin").header("If-Match", "\"0\"").body(revision).put("/api/v1/slas/{id}", id)
                .then().statusCode(412).contentType(PROBLEM);
        Map<String, Object> earlier = Map.of("name", "Revised", "validFrom", "2026-06-01T00:00:00+02:00",
                "definition", contractDefinition());
        as("admin").header("If-Match", "\"2\"").body(earlier).put("/api/v1/slas/{id}", id)
                .then().statusCode(422).body("violations.field", contains("validFrom"));
    }

    @Test
    void concurrentRevisionsOfTheSameVersionNeverBothLand() {
        String id = contractSla(newSystem());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Integer>> revisions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String validFrom = "2026-0" + (6 + i) + "-01T00:00:00+02:00";
            revisions.add(CompletableFuture.supplyAsync(() -> as("admin").header("If-Match", "\"0\"")
                    .body(Map.of("name", "Revised", "validFrom", validFrom, "definition", contractDefinition(), "reason", "Addendum"))
                    .put("/api/v1/slas/{id}", id).statusCode(), senders));
        }
        senders.shutdown();
        List<Integer> statuses = revisions.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnlyOnce(200).filteredOn(status -> status != 200).containsOnly(412);
        as("admin").get("/api/v1/slas/{id}", id).then().body("versions.number", contains(1, 2));
    }

    @Test
    void onlyOperationsStaffDefineAndSchoolsSeeNothing() {
        String system = newSystem();
        as("ministry").body(sla(system + "-APP", system, "2026-01-01T00:00:00Z", contractDefinition())).post("/api/v1/slas")
                .then().statusCode(403);
        given().auth().oauth2(AccessTokens.forSchool("280010")).get("/api/v1/slas").then().statusCode(403);
        String defined = contractSla(newSystem());
        as("ministry").get("/api/v1/slas").then().statusCode(200).body("id", hasItem(defined));
    }
}
