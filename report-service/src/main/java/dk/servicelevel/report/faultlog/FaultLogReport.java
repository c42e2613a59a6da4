package dk.servicelevel.report.faultlog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.rendering.ReportDocument;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportWording;
import dk.servicelevel.report.source.IncidentRecord.RemedyAction;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Schema(description = "The fault log of a period (seed 002, Krav 20–21): every fault and problem with its id, time, category, "
        + "duration, cause, handling and remedy plan")
@RegisterForReflection(registerFullHierarchy = true)
public record FaultLogReport(
        @Schema(description = "The period reported on: a month (YYYY-MM) or from/to", example = "2026-10") String period,
        Instant from, Instant to,
        @Schema(type = SchemaType.STRING, example = "Europe/Copenhagen") ZoneId zone,
        Instant generatedAt,
        List<Entry> entries,
        SortedMap<String, String> sources) implements ReportDocument {

    @Schema(name = "FaultLogEntry")
    public record Entry(String id, String systemCode, String layer, String environment, int category,
            String colour, String state, Instant occurredAt, Instant knownAt, Instant restoredAt,
            @Schema(description = "Minutes from when the vendor knew until restored; absent while not restored") Long durationMinutes,
            String title, String cause, String handling, List<RemedyAction> remedyPlan, String rcaStatus) {
    }

    @Override
    public ReportKind kind() {
        return ReportKind.FAULT_LOG;
    }

    @Override
    public ReportLayout layout(ReportWording wording) {
        return FaultLogLayout.of(this, wording);
    }
}
