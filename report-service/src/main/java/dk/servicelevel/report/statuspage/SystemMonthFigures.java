package dk.servicelevel.report.statuspage;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;

@Schema(description = "A system's status in a month: each SLA's availability per window in the last 12 months, as sla-service "
        + "evaluated it, the month's production incidents, service windows and changes, and when the figures were computed")
public record SystemMonthFigures(
        @Schema(example = "NT") String systemCode,
        @Schema(example = "Nationale test – testportal") String systemName,
        @Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month,
        List<SlaRow> slas,
        List<MonthCalls> serviceCalls,
        List<IncidentNarrative> incidents,
        List<PlannedWork> serviceWindows,
        List<PlannedWork> changes,
        Instant computedAt) {

    @Schema(description = "A production incident as the public reads it (seeds 000 and 001)")
    public record IncidentNarrative(String id, String layer, int category, String colour, String title,
            String description, String cause, String handling, Instant knownAt, Instant restoredAt, String rcaStatus) {
    }

    @Schema(description = "A service window (kind absent) or a change (STANDARD, EXTRA or HOTFIX)")
    public record PlannedWork(String kind, String title, Instant startAt, Instant endAt, boolean withDowntime,
            String result) {
    }
}
