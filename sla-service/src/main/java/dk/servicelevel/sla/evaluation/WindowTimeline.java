package dk.servicelevel.sla.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.definition.WeeklyTime;
import dk.servicelevel.sla.definition.WindowDefinition;
import dk.servicelevel.sla.timeline.Interval;
import dk.servicelevel.sla.timeline.IntervalSet;

/**
 * The instants each window of a definition holds within a span of time. Local times are wall-clock times: on the
 * days daylight saving time starts or ends, a day has 23 or 25 hours and the windows follow the clock
 * (docs/contract.md, SLA rule 1).
 */
public final class WindowTimeline {

    private final PublicHolidays holidays;

    public WindowTimeline(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    /** The name of the window in force at an instant (the rest window when no other holds it), if any is. */
    public Optional<String> inForceAt(SlaDefinition definition, Instant at) {
        return windows(definition, new Interval(at, at.plusSeconds(1))).entrySet().stream()
                .filter(window -> !window.getValue().isEmpty()).map(Map.Entry::getKey).findFirst();
    }

    /** Per window name, in the definition's order, its time within the span; the rest window gets what no other holds. */
    Map<String, IntervalSet> windows(SlaDefinition definition, Interval span) {
        Map<String, IntervalSet> scheduled = new HashMap<>();
        definition.windows().stream().filter(window -> !window.rest())
                .forEach(window -> scheduled.put(window.name(), scheduledTime(window, definition.zone(), span)));
        IntervalSet rest = IntervalSet.of(span).minus(scheduled.values().stream().reduce(IntervalSet.empty(), IntervalSet::union));
        Map<String, IntervalSet> byName = new LinkedHashMap<>();
        definition.windows().forEach(window -> byName.put(window.name(), window.rest() ? rest : scheduled.get(window.name())));
        return byName;
    }

    private IntervalSet scheduledTime(WindowDefinition window, ZoneId zone, Interval span) {
        List<Interval> intervals = new ArrayList<>();
        LocalDate last = span.end().atZone(zone).toLocalDate();
        for (LocalDate day = span.start().atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (window.excludedHolidays() != null && holidays.isHoliday(window.excludedHolidays(), day)) {
                continue;
            }
            for (WeeklyTime time : window.schedule()) {
                if (time.days().contains(day.getDayOfWeek())) {
                    intervals.add(on(day, time, zone).intersect(span));
                }
            }
        }
        return IntervalSet.of(intervals);
    }

    private static Interval on(LocalDate day, WeeklyTime time, ZoneId zone) {
        ZonedDateTime start = ZonedDateTime.of(day, time.from(), zone);
        ZonedDateTime end = time.untilMidnight() ? day.plusDays(1).atStartOfDay(zone) : ZonedDateTime.of(day, time.to(), zone);
        return new Interval(start.toInstant(), end.toInstant());
    }
}
