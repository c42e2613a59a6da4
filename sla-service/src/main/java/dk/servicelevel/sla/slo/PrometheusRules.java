package dk.servicelevel.sla.slo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.servicelevel.sla.breach.BurnRateAlert;
import dk.servicelevel.sla.slo.RuleFile.Group;
import dk.servicelevel.sla.slo.RuleFile.Rule;
import dk.servicelevel.sla.slo.SloSubject.Objective;

/**
 * An SLA as Prometheus rules, one SLO per window, named and labelled as Sloth names them (slo:sli_error:ratio_rate5m,
 * slo:period_error_budget_remaining:ratio, sloth_id, sloth_service, sloth_slo, sloth_window), so dashboards made for
 * those rules show them. The events are the guaranteed operations at the SLA's interface that sla-service counted: an
 * error is one that failed or took longer than the threshold. An SLO's ratios exist only while its window is in force
 * (slp_sla_window_in_force), so each window's budget is spent only in its own time, as the contract counts it.
 */
public final class PrometheusRules {

    /** The error ratio every other is built from, as Sloth builds them. */
    static final Duration BASE = Duration.ofMinutes(5);
    static final String ERROR_RATIO = "slo:sli_error:ratio_rate";
    static final String WINDOW_IN_FORCE = "slp_sla_window_in_force";
    static final String OPERATIONS = "slp_measured_operations_total";
    static final String WITHIN = "slp_measured_operations_within_total";
    static final String ALERT = "SlaErrorBudgetBurning";

    private PrometheusRules() {
    }

    public static RuleFile of(SloSubject subject) {
        List<Group> groups = new ArrayList<>();
        for (Objective objective : subject.objectives()) {
            groups.add(new Group("sloth-slo-sli-recordings-" + id(subject, objective), errorRatios(subject, objective)));
            groups.add(new Group("sloth-slo-meta-recordings-" + id(subject, objective), meta(subject, objective)));
            groups.add(new Group("sloth-slo-alerts-" + id(subject, objective), List.of(alert(subject, objective))));
        }
        return new RuleFile(groups);
    }

    /** The id an SLO is known by in the rules and the dashboard. */
    static String id(SloSubject subject, Objective objective) {
        return subject.slaId() + "-" + objective.window();
    }

    static String selector(SloSubject subject, Objective objective) {
        return "{" + matcher("sloth_id", id(subject, objective)) + ", " + matcher("sloth_service", subject.slaId()) + ", "
                + matcher("sloth_slo", objective.window()) + "}";
    }

    /** A label matcher, its value quoted as PromQL quotes strings. */
    static String matcher(String label, String value) {
        return label + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** The ranges error ratios are recorded over: the base, each alert's windows, and the period. */
    static List<Duration> ranges(SloSubject subject) {
        TreeSet<Duration> ranges = new TreeSet<>();
        ranges.add(BASE);
        subject.alerts().forEach(alert -> {
            ranges.add(alert.shortWindow());
            ranges.add(alert.longWindow());
        });
        ranges.remove(subject.period());
        return List.copyOf(ranges);
    }

    private static List<Rule> errorRatios(SloSubject subject, Objective objective) {
        List<Rule> rules = new ArrayList<>();
        for (Duration range : ranges(subject)) {
            rules.add(Rule.recording(ERROR_RATIO + PrometheusDuration.of(range), errorRatio(subject, objective, range),
                    labels(subject, objective, range)));
        }
        String base = ERROR_RATIO + PrometheusDuration.of(BASE) + selector(subject, objective);
        String period = PrometheusDuration.of(subject.period());
        rules.add(Rule.recording(ERROR_RATIO + period, "sum_over_time(" + base + "[" + period + "])\n/ ignoring (sloth_window)\ncount_over_time("
                + base + "[" + period + "])", labels(subject, objective, subject.period())));
        return rules;
    }

    private static String errorRatio(SloSubject subject, Objective objective, Duration range) {
        String operations = matcher("system", subject.systemCode()) + ", " + matcher("interface", subject.measuredAt().name())
                + ", " + matcher("user_class", "GUARANTEED");
        String within = operations + ", " + matcher("threshold_ms", Long.toString(subject.threshold().toMillis()));
        String over = "[" + PrometheusDuration.of(range) + "]";
        return "(\n  1 - (sum(rate(" + WITHIN + "{" + within + "}" + over + ")) or vector(0))\n  / sum(rate(" + OPERATIONS + "{"
                + operations + "}" + over + "))\n)\nand on () (max(" + WINDOW_IN_FORCE + "{" + matcher("sla", subject.slaId()) + ", "
                + matcher("window", objective.window()) + "}) == 1)";
    }

    private static List<Rule> meta(SloSubject subject, Objective objective) {
        String selector = selector(subject, objective);
        String join = " / on (sloth_id, sloth_slo, sloth_service) group_left\n";
        Map<String, String> labels = labels(subject, objective, null);
        Map<String, String> info = new LinkedHashMap<>(labels);
        info.put("sloth_objective", objective.objective().movePointRight(2).toPlainString());
        info.put("sla", subject.slaId());
        info.put("system", subject.systemCode());
        return List.of(
                Rule.recording("slo:objective:ratio", "vector(" + objective.objective().toPlainString() + ")", labels),
                Rule.recording("slo:error_budget:ratio", "vector(" + objective.errorBudget().toPlainString() + ")", labels),
                Rule.recording("slo:time_period:days", "vector(" + subject.period().toDays() + ")", labels),
                Rule.recording("slo:current_burn_rate:ratio", ERROR_RATIO + PrometheusDuration.of(BASE) + selector + join
                        + "slo:error_budget:ratio" + selector, labels),
                Rule.recording("slo:period_burn_rate:ratio", ERROR_RATIO + PrometheusDuration.of(subject.period()) + selector + join
                        + "slo:error_budget:ratio" + selector, labels),
                Rule.recording("slo:period_error_budget_remaining:ratio", "1 - slo:period_burn_rate:ratio" + selector, labels),
                Rule.recording("sloth_slo_info", "vector(1)", info));
    }

    /** The breach check's burn-rate alerts (breaches.burn-rate-alerts): any of them firing pages. */
    private static Rule alert(SloSubject subject, Objective objective) {
        String expr = subject.alerts().stream().map(alert -> burning(subject, objective, alert))
                .collect(Collectors.joining("\nor\n"));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("severity", "page");
        labels.put("sloth_severity", "page");
        labels.put("sla", subject.slaId());
        labels.put("window", objective.window());
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", subject.slaId() + " (" + subject.name() + "), window " + objective.window()
                + ": the error budget is burning faster than the contract allows");
        annotations.put("description", "The guaranteed operations at interface " + subject.measuredAt() + " fail or take longer than "
                + subject.threshold().toMillis() + " ms at a rate that would spend window " + objective.window() + "'s budget ("
                + objective.targetPercent().toPlainString() + " % target) long before the period ends.");
        return new Rule(null, ALERT, expr, null, labels, annotations);
    }

    private static String burning(SloSubject subject, Objective objective, BurnRateAlert alert) {
        String selector = selector(subject, objective);
        String threshold = " >= (" + alert.rate().toPlainString() + " * " + objective.errorBudget().toPlainString() + ")) without (sloth_window)";
        return "(\n  max(" + ERROR_RATIO + PrometheusDuration.of(alert.shortWindow()) + selector + threshold + "\n  and\n  max("
                + ERROR_RATIO + PrometheusDuration.of(alert.longWindow()) + selector + threshold + "\n)";
    }

    private static Map<String, String> labels(SloSubject subject, Objective objective, Duration window) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("sloth_id", id(subject, objective));
        labels.put("sloth_service", subject.slaId());
        labels.put("sloth_slo", objective.window());
        if (window != null) {
            labels.put("sloth_window", PrometheusDuration.of(window));
        }
        return labels;
    }
}
