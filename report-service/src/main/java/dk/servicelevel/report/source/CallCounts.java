package dk.servicelevel.report.source;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** A system's measured operations (service calls) in a month, per interface and per local hour of the day (0 to 23). */
public record CallCounts(String system, YearMonth month, long operations, Map<String, Long> byInterface,
        List<Long> byHourOfDay) {
}
