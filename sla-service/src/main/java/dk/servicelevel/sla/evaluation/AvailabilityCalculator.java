package dk.servicelevel.sla.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.servicelevel.sla.definition.ResponseTimeRule;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.evaluation.Availability.AppliedVersion;
import dk.servicelevel.sla.evaluation.VersionHistory.Segment;
import dk.servicelevel.sla.timeline.Interval;
import dk.servicelevel.sla.timeline.IntervalSet;

/**
 * Availability per window exactly as the SLA rules of docs/contract.md (seed 002, section 4.2) define it: agreed
 * time is the window's time minus qualifying service windows; downtime is the union of outages, slow response-time
 * slices and service-window use that does not qualify; availability = (agreed − downtime) / agreed × 100.
 */
public final class AvailabilityCalculator {

    private static final String COMBINED = "combined";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);
    private static final int MINUTE_SCALE = 2;
    private static final int PERCENT_SCALE = 3;

    private final WindowTimeline timeline;

    public AvailabilityCalculator(PublicHolidays holidays) {
        this.timeline = new WindowTimeline(holidays);
    }

    private record Counted(Downtime downtime, IntervalSet time) {
    }

    public Availability evaluate(EvaluationInput input) {
        VersionHistory history = input.versions();
        List<Segment> segments = history.segments(input.period());
        if (segments.isEmpty()) {
            throw new NoDefinitionInForce("The SLA was not in force in the period " + input.period().start() + " – " + input.period().end());
        }
        Map<String, IntervalSet> windowTime = new LinkedHashMap<>();
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (Segment segment : segments) {
            timeline.windows(segment.version().definition(), segment.span())
                    .forEach((name, time) -> windowTime.merge(name, time, IntervalSet::union));
            segment.version().definition().windows().forEach(window -> targets.put(window.name(), window.targetPercent()));
        }
        ServiceWindowQualification.Result serviceWindows = ServiceWindowQualification.of(input.serviceWindows(), history::at);
        List<Counted> downtime = countOnce(candidates(input, serviceWindows.downtime()), serviceWindows.qualifying());

        List<Tally> windows = new ArrayList<>();
        windowTime.forEach((name, time) -> windows.add(tally(name, targets.get(name), time, serviceWindows.qualifying(), downtime)));
        IntervalSet all = windowTime.values().stream().reduce(IntervalSet.empty(), IntervalSet::union);
        Tally combined = tally(COMBINED, combinedTarget(windows), all, serviceWindows.qualifying(), downtime);
        return new Availability(input.period().start(), input.period().end(),
                segments.stream().map(s -> new AppliedVersion(s.version().number(), s.span().start(), s.span().end())).toList(),
                windows.stream().map(Tally::availability).toList(), combined.availability());
    }

    private static List<Downtime> candidates(EvaluationInput input, List<Downtime> serviceWindowDowntime) {
        List<Downtime> candidates = new ArrayList<>();
        for (Outage outage : input.outages()) {
            SlaDefinition definition = input.versions().at(outage.start());
            if (definition.countedCategories().contains(outage.category())) {
                candidates.add(Downtime.outage(outage.incidentId(), counted(outage, definition.minimumOutage(), input.now())));
            }
        }
        for (MeasuredSlice slice : input.slices()) {
            ResponseTimeRule rule = input.versions().at(slice.start()).responseTime();
            if (isDown(slice, rule)) {
                candidates.add(Downtime.slowSlice(share(slice), slice.interval()));
            }
        }
        candidates.addAll(serviceWindowDowntime);
        return candidates.stream()
                .map(candidate -> new Downtime(candidate.source(), candidate.interval().intersect(input.period()),
                        candidate.incidentId(), candidate.shareWithinThresholdPercent(), candidate.serviceWindowId(), candidate.reason()))
                .filter(candidate -> !candidate.interval().isEmpty())
                .sorted(Comparator.comparing((Downtime d) -> d.interval().start()).thenComparing(Downtime::source))
                .toList();
    }

    /** From when the vendor knew until restored, or until now while open; at least the minimum counted outage. */
    private static Interval counted(Outage outage, Duration minimum, Instant now) {
        Instant end = outage.end() != null ? outage.end() : now.isAfter(outage.start()) ? now : outage.start();
        Instant floor = outage.start().plus(minimum);
        return new Interval(outage.start(), end.isBefore(floor) ? floor : end);
    }

    /** Guaranteed traffic below the share within the threshold makes a slice down; a slice without any is not. */
    private static boolean isDown(MeasuredSlice slice, ResponseTimeRule rule) {
        return slice.operations() > 0 && BigDecimal.valueOf(slice.withinThreshold()).multiply(HUNDRED)
                .compareTo(rule.sharePercent().multiply(BigDecimal.valueOf(slice.operations()))) < 0;
    }

    private static BigDecimal share(MeasuredSlice slice) {
        return BigDecimal.valueOf(slice.withinThreshold()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(slice.operations()), MINUTE_SCALE, RoundingMode.DOWN);
    }

    /** Each candidate counts only the time no earlier one counted and no qualifying service window holds. */
    private static List<Counted> countOnce(List<Downtime> candidates, IntervalSet qualifying) {
        List<Counted> counted = new ArrayList<>();
        IntervalSet covered = IntervalSet.empty();
        for (Downtime candidate : candidates) {
            IntervalSet own = IntervalSet.of(candidate.interval()).minus(covered).minus(qualifying);
            covered = covered.union(IntervalSet.of(candidate.interval()));
            counted.add(new Counted(candidate, own));
        }
        return counted;
    }

    /** A window's figures in whole seconds, before they are answered in minutes and percent. */
    private record Tally(String name, BigDecimal target, long agreedSeconds, long serviceWindowSeconds, long downSeconds,
            List<CountedDowntime> entries) {

        BigDecimal agreed() {
            return BigDecimal.valueOf(agreedSeconds);
        }

        WindowAvailability availability() {
            BigDecimal available = BigDecimal.valueOf(agreedSeconds - downSeconds);
            BigDecimal percent = agreedSeconds == 0 ? HUNDRED.setScale(PERCENT_SCALE)
                    : available.multiply(HUNDRED).divide(agreed(), PERCENT_SCALE, RoundingMode.DOWN);
            boolean met = available.multiply(HUNDRED).compareTo(target.multiply(agreed())) >= 0;
            BigDecimal budget = agreed().multiply(HUNDRED.subtract(target)).divide(HUNDRED)
                    .subtract(BigDecimal.valueOf(downSeconds));
            return new WindowAvailability(name, target, minutes(agreed()), minutes(BigDecimal.valueOf(serviceWindowSeconds)),
                    minutes(BigDecimal.valueOf(downSeconds)), percent, met, minutes(budget), entries);
        }
    }

    private static Tally tally(String name, BigDecimal target, IntervalSet time, IntervalSet qualifying, List<Counted> downtime) {
        long serviceWindowSeconds = time.intersect(qualifying).length().toSeconds();
        List<CountedDowntime> entries = new ArrayList<>();
        long down = 0;
        for (Counted counted : downtime) {
            long seconds = counted.time().intersect(time).length().toSeconds();
            if (seconds > 0) {
                down += seconds;
                entries.add(entry(counted.downtime(), seconds));
            }
        }
        return new Tally(name, target, time.length().toSeconds() - serviceWindowSeconds, serviceWindowSeconds, down, entries);
    }

    /** The target the windows' downtime budgets add up to over their agreed time together. */
    private static BigDecimal combinedTarget(List<Tally> windows) {
        BigDecimal agreed = windows.stream().map(Tally::agreed).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal budgets = windows.stream().map(w -> w.agreed().multiply(HUNDRED.subtract(w.target())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return agreed.signum() == 0 ? HUNDRED
                : HUNDRED.subtract(budgets.divide(agreed, PERCENT_SCALE + 2, RoundingMode.DOWN)).stripTrailingZeros();
    }

    private static CountedDowntime entry(Downtime downtime, long seconds) {
        return new CountedDowntime(downtime.source(), downtime.incidentId(), downtime.shareWithinThresholdPercent(),
                downtime.serviceWindowId(), downtime.reason(), downtime.interval().start(), downtime.interval().end(),
                minutes(BigDecimal.valueOf(seconds)));
    }

    private static BigDecimal minutes(BigDecimal seconds) {
        return seconds.divide(SECONDS_PER_MINUTE, MINUTE_SCALE, RoundingMode.HALF_UP);
    }
}
