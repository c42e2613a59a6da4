package dk.servicelevel.sla.breach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.servicelevel.sla.evaluation.AvailabilityReport;
import dk.servicelevel.sla.evaluation.WindowAvailability;

/** Which windows of an SLA are breached: below target over the rolling period, or burning their budget too fast. */
public final class BreachRules {

    private BreachRules() {
    }

    /**
     * @param rolling the evaluation over the contract's rolling period
     * @param burnWindows per alert, the evaluations over its long and its short window (in that order)
     */
    public static List<Finding> findings(AvailabilityReport rolling, Map<BurnRateAlert, List<AvailabilityReport>> burnWindows) {
        List<Finding> findings = new ArrayList<>();
        for (WindowAvailability window : rolling.windows()) {
            if (!window.met()) {
                findings.add(new Finding(window.name(), BreachKind.TARGET_MISSED, rolling.from(), rolling.to(),
                        window.availabilityPercent(), window.targetPercent(), null,
                        "Window " + window.name() + " is at " + window.availabilityPercent() + "% against a target of "
                                + window.targetPercent() + "% over " + rolling.from() + " – " + rolling.to()));
            }
        }
        burnWindows.forEach((alert, reports) -> findings.addAll(burning(alert, reports.get(0), reports.get(1))));
        return deduplicated(findings);
    }

    private static List<Finding> burning(BurnRateAlert alert, AvailabilityReport overLong, AvailabilityReport overShort) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < overLong.windows().size(); i++) {
            WindowAvailability longWindow = overLong.windows().get(i);
            WindowAvailability shortWindow = window(overShort, longWindow.name());
            if (shortWindow != null && alert.firesFor(longWindow, shortWindow)) {
                var rate = BurnRateAlert.burnRate(longWindow).orElseThrow();
                findings.add(new Finding(longWindow.name(), BreachKind.BUDGET_BURNING, overLong.from(), overLong.to(),
                        longWindow.availabilityPercent(), longWindow.targetPercent(), rate,
                        "Window " + longWindow.name() + " burns its downtime budget " + rate + " times as fast as "
                                + longWindow.targetPercent() + "% allows over " + alert.longWindow() + " and "
                                + alert.shortWindow() + " (alert at " + alert.rate() + ")"));
            }
        }
        return findings;
    }

    private static WindowAvailability window(AvailabilityReport report, String name) {
        return report.windows().stream().filter(w -> w.name().equals(name)).findFirst().orElse(null);
    }

    /** One finding per window and kind: the first alert that fires (the fastest burn) is kept. */
    private static List<Finding> deduplicated(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (kept.stream().noneMatch(k -> k.windowName().equals(finding.windowName()) && k.kind() == finding.kind())) {
                kept.add(finding);
            }
        }
        return kept;
    }
}
