package dk.servicelevel.sla.openslo;

import static dk.servicelevel.sla.SlaFixtures.WEEKDAYS;
import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractDefinition;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static dk.servicelevel.sla.SlaFixtures.sla;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class OpenSloResourceTest {

    private static final String YAML = "application/yaml";

    @Test
    void exportsTheResponseTimeRuleAsTimeslicesAndEachWindowAsAnObjective() {
        String system = newSystem();
        String id = define(system, richDefinition());
        String document = as("ministry").accept(YAML).get("/api/v1/slas/{id}/openslo", id)
                .then().statusCode(200).contentType(YAML).extract().asString();
        assertThat(document).contains("apiVersion: \"openslo/v1\"", "kind: \"SLO\"", "budgetingMethod: \"Timeslices\"",
                "timeSliceWindow: \"5m\"", "servicelevel.dk/windows");

        as("ministry").accept("application/json").get("/api/v1/slas/{id}/openslo", id)
                .then().statusCode(200)
                .body("spec.objectives.displayName", contains("A", "B"))
                .body("spec.objectives.target", contains(0.999f, 0.95f))
                .body("spec.objectives[0].timeSliceTarget", equalTo(0.95f))
                .body("spec.timeWindow[0].duration", equalTo("28d"))
                .body("spec.indicator.spec.ratioMetric.good.metricSource.spec.durationMsAtMost", equalTo(3000));
    }

    @Test
    void aRoundTripLosesNothing() {
        String system = newSystem();
        String id = define(system, richDefinition());
        String document = as("ministry").accept(YAML).get("/api/v1/slas/{id}/openslo", id)
                .then().statusCode(200).extract().asString();
        String copyId = id + "-COPY";
        String copy = document.replace("\"servicelevel.dk/sla-id\": \"" + id + "\"", "\"servicelevel.dk/sla-id\": \"" + copyId + "\"")
                .replace("servicelevel.dk/sla-id: \"" + id + "\"", "servicelevel.dk/sla-id: \"" + copyId + "\"");
        assertThat(copy).contains(copyId);

        asYaml("admin").body(copy).post("/api/v1/slas/openslo").then().statusCode(201);

        JsonPath original = as("ministry").get("/api/v1/slas/{id}", id).then().statusCode(200).extract().jsonPath();
        JsonPath imported = as("ministry").get("/api/v1/slas/{id}", copyId).then().statusCode(200).extract().jsonPath();
        assertThat(imported.getMap("versions[0].definition")).isEqualTo(original.getMap("versions[0].definition"));
        assertThat(imported.getString("versions[0].validFrom")).isEqualTo(original.getString("versions[0].validFrom"));
        assertThat(imported.getString("systemCode")).isEqualTo(system);
        assertThat(imported.getString("name")).isEqualTo(original.getString("name"));
    }

    @Test
    void aForeignDocumentWithOneObjectiveGetsTheContractsTerms() {
        String system = newSystem();
        String foreign = """
                apiVersion: openslo/v1
                kind: SLO
                metadata:
                  name: %s-foreign
                  displayName: Imported
                spec:
                  service: %s
                  timeWindow:
                    - duration: 28d
                      isRolling: true
                  budgetingMethod: Timeslices
                  objectives:
                    - displayName: ALL
                      target: 0.995
                      timeSliceTarget: 0.9
                      timeSliceWindow: 10m
                """.formatted(system.toLowerCase(), system);
        asYaml("admin").body(foreign).post("/api/v1/slas/openslo")
                .then().statusCode(201)
                .body("id", equalTo(system + "-FOREIGN"))
                .body("versions[0].definition.windows[0].rest", equalTo(true))
                .body("versions[0].definition.windows[0].targetPercent", equalTo(99.5f))
                .body("versions[0].definition.timeSlice", equalTo("PT10M"))
                .body("versions[0].definition.responseTime.sharePercent", equalTo(90.0f))
                .body("versions[0].definition.zone", equalTo("Europe/Copenhagen"));
    }

    @Test
    void refusesWhatIsNotAnOpenSloSlo() {
        asYaml("admin").body("apiVersion: openslo/v1\nkind: Service\n").post("/api/v1/slas/openslo")
                .then().statusCode(422).body("violations.field", contains("kind"));
        asYaml("admin").body("apiVersion: [unclosed").post("/api/v1/slas/openslo")
                .then().statusCode(400).body("detail", containsString("neither YAML nor JSON"));
        asYaml("ministry").body("apiVersion: openslo/v1").post("/api/v1/slas/openslo").then().statusCode(403);
    }

    /** Sends YAML as text. */
    private static RequestSpecification asYaml(String role) {
        return as(role).config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().encodeContentTypeAs(YAML, ContentType.TEXT))).contentType(YAML);
    }

    private static String define(String system, Map<String, Object> definition) {
        String id = system + "-APP";
        as("vendor-ops").body(sla(id, system, "2026-01-01T00:00:00+01:00", definition)).post("/api/v1/slas").then().statusCode(201);
        return id;
    }

    /** The contract's SLA with a holiday calendar and a night window besides. */
    private static Map<String, Object> richDefinition() {
        Map<String, Object> definition = contractDefinition();
        definition.put("windows", List.of(
                Map.of("name", "A", "targetPercent", 99.9, "excludedHolidays", "DENMARK",
                        "schedule", List.of(Map.of("days", WEEKDAYS, "from", "07:00", "to", "17:00"))),
                Map.of("name", "B", "targetPercent", 95.0, "rest", true)));
        definition.put("countedCategories", List.of(1, 2, 3));
        return definition;
    }
}
