package dk.servicelevel.sla.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dk.servicelevel.sla.breach.BurnRateAlert;
import dk.servicelevel.sla.measurement.MeasuredInterface;
import dk.servicelevel.sla.slo.RuleFile.Group;
import dk.servicelevel.sla.slo.RuleFile.Rule;
import dk.servicelevel.sla.slo.SloSubject.Objective;

/**
 * The rules of the contract's SLA (window A 99.9 %, window B 95 %; 3 s at interface A) with the breach check's default
 * alerts, loaded and run by Prometheus's own promtool: they must load, and an alert must fire on a recorded burn in the
 * window in force, and only there.
 */
class PrometheusRulesTest {

    private static final SloSubject CONTRACT = new SloSubject("NT-APP", "National tests, application", "NT", MeasuredInterface.A,
            Duration.ofSeconds(3), List.of(new Objective("A", new BigDecimal("99.9")), new Objective("B", new BigDecimal("95.0"))),
            Duration.ofDays(28), List.of(new BurnRateAlert(Duration.ofHours(1), Duration.ofMinutes(5), new BigDecimal("14.4")),
                    new BurnRateAlert(Duration.ofHours(6), Duration.ofMinutes(30), new BigDecimal("6"))));

    @TempDir
    Path directory;

    @Test
    void recordsErrorRatiosPerWindowOverTheAlertsWindowsAndThePeriodAsSlothNamesThem() {
        RuleFile rules = PrometheusRules.of(CONTRACT);

        assertThat(rules.groups()).extracting(Group::name).containsExactly(
                "sloth-slo-sli-recordings-NT-APP-A", "sloth-slo-meta-recordings-NT-APP-A", "sloth-slo-alerts-NT-APP-A",
                "sloth-slo-sli-recordings-NT-APP-B", "sloth-slo-meta-recordings-NT-APP-B", "sloth-slo-alerts-NT-APP-B");
        assertThat(rules.groups().get(0).rules()).extracting(Rule::record).containsExactly("slo:sli_error:ratio_rate5m",
                "slo:sli_error:ratio_rate30m", "slo:sli_error:ratio_rate1h", "slo:sli_error:ratio_rate6h", "slo:sli_error:ratio_rate28d");
        assertThat(rules.groups().get(1).rules()).filteredOn(r -> r.record().equals("slo:error_budget:ratio"))
                .extracting(Rule::expr).containsExactly("vector(0.001)");
        assertThat(rules.groups().get(4).rules()).filteredOn(r -> r.record().equals("slo:error_budget:ratio"))
                .extracting(Rule::expr).containsExactly("vector(0.05)");
        assertThat(rules.groups().get(0).rules().get(0).expr())
                .contains("threshold_ms=\"3000\"", "interface=\"A\"", "user_class=\"GUARANTEED\"",
                        "slp_sla_window_in_force{sla=\"NT-APP\", window=\"A\"}");
    }

    @Test
    void aWindowNameIsQuotedAsPromQlQuotesStrings() {
        assertThat(PrometheusRules.matcher("window", "Day \"A\"\\")).isEqualTo("window=\"Day \\\"A\\\"\\\\\"");
    }

    @Test
    void theRulesLoadInPromtool() throws Exception {
        Path rules = Files.writeString(directory.resolve("rules.yaml"), PrometheusRules.of(CONTRACT).yaml());

        Result checked = promtool("check", "rules", rules.toString());

        assertThat(checked.exitCode()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("SUCCESS: 26 rules found");
    }

    /**
     * A quarter of the guaranteed operations fail or are slow for two hours: in window A (budget 0.1 %) that burns at 250,
     * above both alerts' rates, so it pages; in window B (budget 5 %) at 5, below both, so it does not. Half failing in
     * window B burns at 10, above the slower alert's 6. While a window is not in force, its errors spend nothing.
     */
    @Test
    void anAlertFiresOnARecordedBurnInTheWindowInForceOnly() throws Exception {
        RuleFile file = PrometheusRules.of(CONTRACT);
        Files.writeString(directory.resolve("rules.yaml"), file.yaml());
        Map<String, Object> tests = Map.of("rule_files", List.of("rules.yaml"), "evaluation_interval", "1m", "tests", List.of(
                burn("75", Map.of("A", "1", "B", "0"), List.of(firing(file, "A"))),
                burn("75", Map.of("A", "0", "B", "1"), List.of()),
                burn("50", Map.of("A", "0", "B", "1"), List.of(firing(file, "B"))),
                burn("100", Map.of("A", "1", "B", "0"), List.of())));
        Path testFile = directory.resolve("tests.yaml");
        new ObjectMapper(new YAMLFactory()).writeValue(testFile.toFile(), tests);

        Result tested = promtool("test", "rules", testFile.toString());

        assertThat(tested.exitCode()).as(tested.output()).isZero();
        assertThat(tested.output()).contains("SUCCESS");
    }

    /** 100 guaranteed operations a minute for two hours, {@code withinPerHundred} of them within 3 s; the alert as of 90 minutes. */
    private static Map<String, Object> burn(String withinPerHundred, Map<String, String> inForce, List<Map<String, Object>> expected) {
        String operations = "{system=\"NT\", interface=\"A\", user_class=\"GUARANTEED\"";
        return Map.of("interval", "1m", "input_series", List.of(
                Map.of("series", PrometheusRules.OPERATIONS + operations + "}", "values", "0+100x120"),
                Map.of("series", PrometheusRules.WITHIN + operations + ", threshold_ms=\"3000\"}", "values", "0+" + withinPerHundred + "x120"),
                Map.of("series", PrometheusRules.WINDOW_IN_FORCE + "{sla=\"NT-APP\", window=\"A\"}", "values", inForce.get("A") + "x120"),
                Map.of("series", PrometheusRules.WINDOW_IN_FORCE + "{sla=\"NT-APP\", window=\"B\"}", "values", inForce.get("B") + "x120")),
                "alert_rule_test", List.of(Map.of("eval_time", "90m", "alertname", PrometheusRules.ALERT, "exp_alerts", expected)));
    }

    private static Map<String, Object> firing(RuleFile file, String window) {
        Rule alert = file.groups().stream().filter(g -> g.name().equals("sloth-slo-alerts-NT-APP-" + window))
                .findFirst().orElseThrow().rules().get(0);
        Map<String, String> labels = new java.util.HashMap<>(alert.labels());
        labels.putAll(Map.of("sloth_id", "NT-APP-" + window, "sloth_service", "NT-APP", "sloth_slo", window));
        return Map.of("exp_labels", labels, "exp_annotations", alert.annotations());
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs Prometheus's promtool (./platform test installs it from the prometheus package where it is missing). */
    private static Result promtool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("promtool is needed to load the rules: install the prometheus package (./platform test does)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
