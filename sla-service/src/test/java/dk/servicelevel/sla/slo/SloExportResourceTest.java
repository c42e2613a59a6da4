package dk.servicelevel.sla.slo;

import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractSla;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SloExportResourceTest {

    private static final Pattern SERIES = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    private static final int REFRESH_ATTEMPTS = 30;
    private static final long REFRESH_WAIT_MS = 500;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void anSlaIsARuleFileAndADashboardThatReadsOnlyWhatTheRulesRecordAndTheServiceExports() throws Exception {
        String sla = contractSla(newSystem());

        String yaml = as("vendor-ops").get("/api/v1/slas/{id}/prometheus-rules", sla).then().statusCode(200)
                .contentType(startsWith("application/yaml")).extract().asString();
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        Set<String> recorded = new TreeSet<>();
        rules.get("groups").forEach(group -> group.get("rules").forEach(rule -> {
            if (rule.has("record")) {
                recorded.add(rule.get("record").asText());
            }
        }));
        assertThat(rules.get("groups")).hasSize(6);
        assertThat(recorded).contains("slo:sli_error:ratio_rate5m", "slo:sli_error:ratio_rate28d", "slo:period_error_budget_remaining:ratio");

        JsonNode dashboard = new ObjectMapper().readTree(as("vendor-ops").get("/api/v1/slas/{id}/grafana-dashboard", sla)
                .then().statusCode(200).extract().asString());
        List<String> read = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(target -> {
            Matcher series = SERIES.matcher(target.get("expr").asText());
            while (series.find()) {
                read.add(series.group(1));
            }
        }));
        assertThat(read).isNotEmpty().allSatisfy(series -> assertThat(series).isIn(
                new TreeSet<>(Set.of(PrometheusRules.WINDOW_IN_FORCE)) {
                    {
                        addAll(recorded);
                    }
                }));
        assertThat(dashboard.get("title").asText()).startsWith(sla);
    }

    @Test
    void theServiceExportsTheCountedOperationsAndTheWindowInForce() throws Exception {
        String system = newSystem();
        String sla = contractSla(system);
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> sample = new HashMap<>();
            sample.putAll(Map.of("system", system, "interface", "A", "operation", "answer-question", "userClass", "GUARANTEED",
                    "at", Instant.parse("2026-06-02T08:00:00Z").toString(), "durationMs", i < 7 ? 100 : 4000, "ok", true));
            samples.add(sample);
        }
        as("vendor-ops").body(Map.of("samples", samples)).post("/api/v1/measurements").then().statusCode(200);

        String metrics = metricsOnceRefreshedFor(sla);
        assertThat(metrics)
                .contains("slp_measured_operations_total{interface=\"A\",system=\"" + system + "\",user_class=\"GUARANTEED\"} 10.0")
                .contains("slp_measured_operations_within_total{interface=\"A\",system=\"" + system
                        + "\",threshold_ms=\"3000\",user_class=\"GUARANTEED\"} 7.0");
        assertThat(inForce(metrics, sla, "A") + inForce(metrics, sla, "B")).as("one window of the two is in force").isEqualTo(1);
    }

    private static int inForce(String metrics, String sla, String window) {
        Matcher value = Pattern.compile("slp_sla_window_in_force\\{sla=\"" + sla + "\",window=\"" + window + "\"} ([01])\\.0")
                .matcher(metrics);
        assertThat(value.find()).as("window " + window + " of " + sla).isTrue();
        return Integer.parseInt(value.group(1));
    }

    /** The metrics once the scheduled refresh (every second in the tests) has seen the SLA. */
    private String metricsOnceRefreshedFor(String sla) throws InterruptedException {
        for (int attempt = 0; attempt < REFRESH_ATTEMPTS; attempt++) {
            String metrics = given().get(this.metrics).then().statusCode(200).extract().asString();
            if (metrics.contains("sla=\"" + sla + "\"")) {
                return metrics;
            }
            Thread.sleep(REFRESH_WAIT_MS);
        }
        throw new AssertionError("slp_sla_window_in_force never showed " + sla);
    }

    @Test
    void anUnknownSlaIsNotFoundAndTheMinistryHasNoUseForRules() {
        as("vendor-ops").get("/api/v1/slas/{id}/prometheus-rules", "NO-SUCH-SLA").then().statusCode(404)
                .contentType("application/problem+json");
        as("ministry").get("/api/v1/slas/{id}/grafana-dashboard", contractSla(newSystem())).then().statusCode(403);
    }
}
