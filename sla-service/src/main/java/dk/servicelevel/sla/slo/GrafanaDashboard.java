package dk.servicelevel.sla.slo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.servicelevel.sla.breach.BurnRateAlert;
import dk.servicelevel.sla.slo.SloSubject.Objective;

/**
 * A Grafana dashboard of an SLA's SLOs, reading the series {@link PrometheusRules} records: per window the budget left
 * over the period, the error ratio against the budget, and the burn rate against the alerts' rates; and which window
 * is in force. The Prometheus data source is chosen when the dashboard is imported.
 */
public final class GrafanaDashboard {

    private static final int WIDTH = 8;
    private static final int HEIGHT = 8;
    private static final int COLUMNS = 3;
    private static final String DATASOURCE = "${datasource}";

    private GrafanaDashboard() {
    }

    public static Map<String, Object> of(SloSubject subject) {
        List<Map<String, Object>> panels = new ArrayList<>();
        panels.add(panel("timeseries", "Window in force", 0, List.of(target(PrometheusRules.WINDOW_IN_FORCE + "{"
                + PrometheusRules.matcher("sla", subject.slaId()) + "}", "{{window}}")), "none", List.of()));
        int row = 1;
        for (Objective objective : subject.objectives()) {
            panels.addAll(objectivePanels(subject, objective, row++));
        }
        Map<String, Object> dashboard = new LinkedHashMap<>();
        dashboard.put("uid", ("slp-" + subject.slaId()).toLowerCase());
        dashboard.put("title", subject.slaId() + " · " + subject.name());
        dashboard.put("tags", List.of("slo", "sla", subject.systemCode()));
        dashboard.put("timezone", "browser");
        dashboard.put("schemaVersion", 39);
        dashboard.put("time", Map.of("from", "now-" + PrometheusDuration.of(subject.period()), "to", "now"));
        dashboard.put("templating", Map.of("list", List.of(Map.of("name", "datasource", "label", "Prometheus", "type", "datasource",
                "query", "prometheus"))));
        dashboard.put("panels", panels);
        return dashboard;
    }

    private static List<Map<String, Object>> objectivePanels(SloSubject subject, Objective objective, int row) {
        String selector = PrometheusRules.selector(subject, objective);
        String base = PrometheusDuration.of(PrometheusRules.BASE);
        String window = "Window " + objective.window() + " (" + objective.targetPercent().toPlainString() + " %): ";
        List<Double> alertRates = subject.alerts().stream().map(BurnRateAlert::rate).map(Number::doubleValue).toList();
        return List.of(
                panel("stat", window + "budget left over " + PrometheusDuration.of(subject.period()), row * COLUMNS,
                        List.of(target("slo:period_error_budget_remaining:ratio" + selector, "left")), "percentunit", List.of()),
                panel("timeseries", window + "errors against the budget", row * COLUMNS + 1, List.of(
                        target(PrometheusRules.ERROR_RATIO + base + selector, "errors (" + base + ")"),
                        target("slo:error_budget:ratio" + selector, "budget")), "percentunit", List.of()),
                panel("timeseries", window + "burn rate", row * COLUMNS + 2,
                        List.of(target("slo:current_burn_rate:ratio" + selector, "burn rate")), "none", alertRates));
    }

    private static Map<String, Object> panel(String type, String title, int position, List<Map<String, Object>> targets, String unit,
            List<Double> thresholds) {
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("color", "green");
        base.put("value", null);
        List<Map<String, Object>> steps = new ArrayList<>(List.of(base));
        thresholds.forEach(value -> steps.add(Map.of("color", "red", "value", value)));
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("id", position + 1);
        panel.put("type", type);
        panel.put("title", title);
        panel.put("datasource", Map.of("type", "prometheus", "uid", DATASOURCE));
        panel.put("gridPos", Map.of("x", position % COLUMNS * WIDTH, "y", position / COLUMNS * HEIGHT, "w", WIDTH, "h", HEIGHT));
        List<Map<String, Object>> referenced = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Map<String, Object> target = new LinkedHashMap<>(targets.get(i));
            target.put("refId", String.valueOf((char) ('A' + i)));
            referenced.add(target);
        }
        panel.put("targets", referenced);
        panel.put("fieldConfig", Map.of("defaults", Map.of("unit", unit, "thresholds", Map.of("mode", "absolute", "steps", steps)),
                "overrides", List.of()));
        return panel;
    }

    private static Map<String, Object> target(String expr, String legend) {
        return Map.of("datasource", Map.of("type", "prometheus", "uid", DATASOURCE), "expr", expr, "legendFormat", legend);
    }
}
