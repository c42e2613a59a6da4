package dk.servicelevel.sla.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.servicelevel.sla.definition.ServiceWindowAllowance;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.timeline.Interval;
import dk.servicelevel.sla.timeline.IntervalSet;

/**
 * Which announced service-window time is taken out of the agreed time, and which counts as downtime
 * (docs/contract.md, SLA rule 4; seed 002, table 3): only announced use with the notice, within the allowed local
 * hours, and within the monthly allowance qualifies, the allowance used in the order the windows come.
 */
final class ServiceWindowQualification {

    record Result(IntervalSet qualifying, List<Downtime> downtime) {
    }

    private ServiceWindowQualification() {
    }

    static Result of(List<AnnouncedServiceWindow> windows, Function<Instant, SlaDefinition> definitionAt) {
        List<AnnouncedServiceWindow> inOrder = windows.stream()
                .sorted(Comparator.comparing(AnnouncedServiceWindow::start).thenComparing(AnnouncedServiceWindow::id)).toList();
        Map<YearMonth, Duration> used = new HashMap<>();
        IntervalSet seen = IntervalSet.empty();
        List<Interval> qualifying = new ArrayList<>();
        List<Downtime> downtime = new ArrayList<>();
        for (AnnouncedServiceWindow window : inOrder) {
            IntervalSet own = IntervalSet.of(window.interval()).minus(seen);
            seen = seen.union(own);
            SlaDefinition definition = definitionAt.apply(window.start());
            ServiceWindowAllowance allowance = definition.serviceWindowAllowance();
            if (window.announcedAt().isAfter(window.start().minus(allowance.notice()))) {
                String reason = "announced " + Duration.between(window.announcedAt(), window.start())
                        + " before its start; the notice is " + allowance.notice();
                own.intervals().forEach(part -> downtime.add(Downtime.serviceWindow(window.id(), reason, part)));
                continue;
            }
            IntervalSet allowedHours = allowedHours(allowance, definition.zone(), window.interval());
            String outsideReason = "outside the allowed hours " + allowance.from() + "–" + allowance.to();
            own.minus(allowedHours).intervals()
                    .forEach(part -> downtime.add(Downtime.serviceWindow(window.id(), outsideReason, part)));
            for (Interval part : own.intersect(allowedHours).intervals()) {
                YearMonth month = YearMonth.from(part.start().atZone(definition.zone()));
                Duration left = allowance.perMonth().minus(used.getOrDefault(month, Duration.ZERO));
                Duration taken = left.isNegative() ? Duration.ZERO : min(left, part.length());
                used.merge(month, taken, Duration::plus);
                Interval within = new Interval(part.start(), part.start().plus(taken));
                qualifying.add(within);
                if (within.end().isBefore(part.end())) {
                    downtime.add(Downtime.serviceWindow(window.id(),
                            "beyond the monthly allowance of " + allowance.perMonth(), new Interval(within.end(), part.end())));
                }
            }
        }
        return new Result(IntervalSet.of(qualifying), downtime);
    }

    private static IntervalSet allowedHours(ServiceWindowAllowance allowance, ZoneId zone, Interval around) {
        List<Interval> hours = new ArrayList<>();
        LocalDate last = around.end().atZone(zone).toLocalDate();
        for (LocalDate day = around.start().atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            ZonedDateTime from = ZonedDateTime.of(day, allowance.from(), zone);
            ZonedDateTime to = LocalTime.MIDNIGHT.equals(allowance.to()) ? day.plusDays(1).atStartOfDay(zone)
                    : ZonedDateTime.of(day, allowance.to(), zone);
            hours.add(new Interval(from.toInstant(), to.toInstant()));
        }
        return IntervalSet.of(hours);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
