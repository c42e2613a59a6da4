package dk.servicelevel.report.source;

import java.time.Instant;

/** Usage of one test in one hour, day or month: visits (sessions started), hits and unique pupils. */
public record UsageFigures(Instant period, String test, long visits, long hits, long uniquePupils) {
}
