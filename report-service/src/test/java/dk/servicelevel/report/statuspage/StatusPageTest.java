package dk.servicelevel.report.statuspage;

import static dk.servicelevel.report.SourceServices.DECIMALS;
import static dk.servicelevel.report.SourceServices.asMinistry;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The status page's figures are sla-service's own, month by month and window by window, and an incident registered in
 * incident-service shows on the page without anyone asking for it to be computed again.
 */
@QuarkusTest
class StatusPageTest {

    private static final String MONTH = "2026-10";
    private static final Duration COMPUTED_WITHIN = Duration.ofSeconds(60);

    @ConfigProperty(name = "quarkus.rest-client.sla-service.url")
    String slaService;

    @ConfigProperty(name = "quarkus.rest-client.incident-service.url")
    String incidentService;

    @Test
    void everyFigureOfTheLastTwelveMonthsIsSlaServicesEvaluationOfThatWindow() {
        JsonPath status = computed(MONTH);
        List<Map<String, Object>> systems = status.getList("systems");
        assertThat(systems).extracting(s -> s.get("systemCode")).contains("FKA", "NT", "SP", "UNI-LOGIN");
        int compared = 0;
        for (Map<String, Object> system : systems) {
            for (Map<String, Object> sla : list(system, "slas")) {
                for (Map<String, Object> month : list(sla, "months")) {
                    List<Map<String, Object>> windows = list(month, "windows");
                    if (windows.isEmpty()) {
                        continue;
                    }
                    JsonPath evaluated = asMinistry(slaService).queryParam("month", month.get("month"))
                            .get("/api/v1/slas/{id}/availability", sla.get("slaId")).then().statusCode(200).extract().jsonPath();
                    assertThat(windows).hasSameSizeAs(evaluated.getList("windows"));
                    for (Map<String, Object> window : windows) {
                        String name = "windows.find { it.name == '" + window.get("window") + "' }.";
                        assertThat((BigDecimal) window.get("availabilityPercent")).as("%s %s window %s", sla.get("slaId"),
                                month.get("month"), window.get("window")).isEqualByComparingTo((BigDecimal) evaluated.get(name + "availabilityPercent"));
                        assertThat((BigDecimal) window.get("targetPercent")).isEqualByComparingTo((BigDecimal) evaluated.get(name + "targetPercent"));
                        assertThat(window.get("met")).isEqualTo(evaluated.get(name + "met"));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("windows compared").isGreaterThan(50);
    }

    @Test
    void thePageShowsEachSystemByNameWithEachWindowAgainstItsOwnTargetInTheReadersLanguage() {
        computed(MONTH);
        String danish = given().queryParam("month", MONTH).queryParam("lang", "da").get("/status")
                .then().statusCode(200).extract().asString();
        assertThat(danish).contains("Driftsstatus oktober 2026").contains("Nationale test – testportal")
                .contains("Applikation, vindue A: 99,469&nbsp;% (mål 99,9 %) <strong>under målet</strong>")
                .contains("Applikation, vindue B: 100,000&nbsp;% (mål 95,0 %)");
        String english = given().queryParam("month", MONTH).queryParam("lang", "en").get("/status/NT")
                .then().statusCode(200).extract().asString();
        assertThat(english).contains("Application, window A<br><span class=\"muted\">goal 99.9 %</span>")
                .contains("<th scope=\"row\" data-label=\"Month\">October 2026</th>")
                .as("months before the SLA are neither met nor missed").contains("<span class=\"muted\">n.a.</span>");
        given().queryParam("month", MONTH).get("/status/NT/availability.png").then().statusCode(200).contentType("image/png");
        given().get("/status/NO-SUCH-SYSTEM").then().statusCode(404);
    }

    @Test
    void anIncidentRegisteredNowShowsOnTheCurrentMonthsPageWithoutBeingAskedFor() throws InterruptedException {
        String current = computed(null).getString("month");
        Map<String, Object> incident = new HashMap<>();
        incident.put("systemCode", "SP");
        incident.put("layer", "APPLICATION");
        incident.put("environment", "PRODUCTION");
        incident.put("category", 2);
        incident.put("statusColour", "YELLOW");
        incident.put("detectedAt", Instant.now().minusSeconds(600).toString());
        incident.put("title", "Slow answers from the service platform");
        String id = given().baseUri(incidentService).auth().oauth2(AccessTokens.forRole("vendor-ops")).contentType(ContentType.JSON)
                .body(incident).post("/api/v1/incidents").then().statusCode(201).extract().path("id");

        Instant deadline = Instant.now().plus(COMPUTED_WITHIN);
        String page = "";
        while (!page.contains("narrative-" + id) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            page = given().queryParam("lang", "en").get("/status/SP").then().statusCode(200).extract().asString();
        }
        assertThat(page).contains("narrative-" + id).contains("Slow answers from the service platform")
                .contains("category 2").contains("not yet restored");
        assertThat(given().queryParam("month", current).get("/status").then().extract().asString())
                .as("the colour now").containsPattern("id=\"system-SP\">[\\s\\S]*?GUL[\\s\\S]*?" + id);
    }

    /** The status of the month (the current one when null) once every system's figures are computed. */
    private static JsonPath computed(String month) {
        Instant deadline = Instant.now().plus(COMPUTED_WITHIN);
        while (true) {
            RequestSpecification request = given().config(DECIMALS);
            if (month != null) {
                request.queryParam("month", month);
            }
            JsonPath status = request.get("/api/v1/status").then().statusCode(200).extract().jsonPath();
            if (status.getList("pending").isEmpty() || Instant.now().isAfter(deadline)) {
                assertThat(status.getList("pending")).as("still being computed").isEmpty();
                return status;
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }
}
