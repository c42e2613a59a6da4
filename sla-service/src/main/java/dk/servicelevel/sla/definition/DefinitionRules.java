package dk.servicelevel.sla.definition;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dk.servicelevel.rules.Violation;

/** What makes an SLA definition impossible: overlapping windows, more than one rest window, slices that do not tile a day. */
public final class DefinitionRules {

    private static final Duration DAY = Duration.ofDays(1);
    private static final long MILLISECOND = Duration.ofMillis(1).toNanos();
    private static final Set<Integer> CATEGORIES = Set.of(1, 2, 3, 4);

    private DefinitionRules() {
    }

    /** Each impossibility (the slice must fit how measurements are summed up, the threshold what they tell apart), named by the field of the definition it is in. */
    public static List<Violation> impossibilities(SlaDefinition definition, Duration measurementSlice, Duration longestResponseTime) {
        List<Violation> violations = new ArrayList<>();
        checkWindows(definition.windows(), violations);
        checkSlice(definition.timeSlice(), measurementSlice, violations);
        if (definition.minimumOutage().isNegative()) {
            violations.add(new Violation("minimumOutage", "must not be negative"));
        }
        Duration threshold = definition.responseTime().threshold();
        if (threshold.isNegative() || threshold.isZero() || threshold.compareTo(longestResponseTime) > 0 || threshold.toNanos() % MILLISECOND != 0) {
            violations.add(new Violation("responseTime.threshold",
                    "must be whole milliseconds, longer than nothing and at most " + longestResponseTime + ", the longest response time measured"));
        }
        if (!CATEGORIES.containsAll(definition.countedCategories())) {
            violations.add(new Violation("countedCategories", "must be among the categories 1, 2, 3 and 4"));
        }
        checkAllowance(definition.serviceWindowAllowance(), violations);
        return violations;
    }

    private static void checkWindows(List<WindowDefinition> windows, List<Violation> violations) {
        Set<String> names = new HashSet<>();
        int restWindows = 0;
        for (int i = 0; i < windows.size(); i++) {
            WindowDefinition window = windows.get(i);
            String field = "windows[" + i + "]";
            if (!names.add(window.name())) {
                violations.add(new Violation(field + ".name", "is already the name of another window"));
            }
            if (window.rest()) {
                restWindows++;
                if (!window.schedule().isEmpty()) {
                    violations.add(new Violation(field + ".schedule", "must be empty: the rest window is the time no other window holds"));
                }
            } else if (window.schedule().isEmpty()) {
                violations.add(new Violation(field + ".schedule", "must hold at least one weekly time, or the window must be the rest window"));
            }
            for (int j = 0; j < window.schedule().size(); j++) {
                WeeklyTime time = window.schedule().get(j);
                if (time.endMinute() <= time.startMinute()) {
                    violations.add(new Violation(field + ".schedule[" + j + "].to", "must be after from (00:00 is the end of the day)"));
                }
            }
        }
        if (restWindows > 1) {
            violations.add(new Violation("windows", "may have only one rest window"));
        }
        checkOverlaps(windows, violations);
    }

    private static void checkOverlaps(List<WindowDefinition> windows, List<Violation> violations) {
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                DayOfWeek day = firstCommonDay(windows.get(i), windows.get(j));
                if (day != null) {
                    violations.add(new Violation("windows[" + j + "].schedule",
                            "overlaps window " + windows.get(i).name() + " on " + day));
                }
            }
        }
    }

    private static DayOfWeek firstCommonDay(WindowDefinition a, WindowDefinition b) {
        for (WeeklyTime x : a.schedule()) {
            for (WeeklyTime y : b.schedule()) {
                boolean timesOverlap = x.startMinute() < y.endMinute() && y.startMinute() < x.endMinute();
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (timesOverlap && x.days().contains(day) && y.days().contains(day)) {
                        return day;
                    }
                }
            }
        }
        return null;
    }

    private static void checkSlice(Duration slice, Duration measurementSlice, List<Violation> violations) {
        if (isNotPositive(slice) || DAY.toSeconds() % slice.toSeconds() != 0 || slice.toNanosPart() != 0) {
            violations.add(new Violation("timeSlice", "must divide a day into whole slices"));
        } else if (slice.toSeconds() % measurementSlice.toSeconds() != 0) {
            violations.add(new Violation("timeSlice", "must be a multiple of the measurement slice " + measurementSlice));
        }
    }

    private static void checkAllowance(ServiceWindowAllowance allowance, List<Violation> violations) {
        if (allowance.perMonth().isNegative()) {
            violations.add(new Violation("serviceWindowAllowance.perMonth", "must not be negative"));
        }
        if (allowance.notice().isNegative()) {
            violations.add(new Violation("serviceWindowAllowance.notice", "must not be negative"));
        }
        boolean untilMidnight = allowance.to().equals(LocalTime.MIDNIGHT);
        if (!untilMidnight && !allowance.to().isAfter(allowance.from())) {
            violations.add(new Violation("serviceWindowAllowance.to", "must be after from (00:00 is the end of the day)"));
        }
    }

    private static boolean isNotPositive(Duration duration) {
        return duration.isNegative() || duration.isZero();
    }
}
