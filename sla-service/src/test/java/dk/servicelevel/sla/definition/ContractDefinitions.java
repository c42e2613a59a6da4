package dk.servicelevel.sla.definition;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dk.servicelevel.sla.measurement.MeasuredInterface;

/** The SLA of seed 002, table 3: A = Mon–Fri 07:00–17:00 at 99.9%, B = the rest at 95.0%. */
public final class ContractDefinitions {

    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private ContractDefinitions() {
    }

    public static SlaDefinition contract() {
        return withWindows(List.of(window("A", "99.9", new WeeklyTime(WEEKDAYS, LocalTime.of(7, 0), LocalTime.of(17, 0))),
                rest("B", "95.0")));
    }

    public static SlaDefinition withWindows(List<WindowDefinition> windows) {
        return new SlaDefinition(COPENHAGEN, windows, Duration.ofMinutes(5), Duration.ofMinutes(5),
                new ResponseTimeRule(MeasuredInterface.A, Duration.ofSeconds(3), new BigDecimal("95")), Set.of(1, 2),
                new ServiceWindowAllowance(Duration.ofHours(2), LocalTime.MIDNIGHT, LocalTime.of(5, 0), Duration.ofDays(2)));
    }

    public static WindowDefinition window(String name, String target, WeeklyTime... times) {
        return new WindowDefinition(name, new BigDecimal(target), List.of(times), false, null);
    }

    public static WindowDefinition rest(String name, String target) {
        return new WindowDefinition(name, new BigDecimal(target), List.of(), true, null);
    }
}
