package dk.servicelevel.report.source;

import java.util.List;

/** One page of the fault log; {@code next} is absent on the last page. */
public record IncidentPage(List<IncidentRecord> items, String next) {
}
