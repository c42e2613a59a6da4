package dk.servicelevel.report.source;

import java.time.YearMonth;
import java.util.Map;

/** A system's measured operations (service calls) in a month, per interface. */
public record CallCounts(String system, YearMonth month, long operations, Map<String, Long> byInterface) {
}
