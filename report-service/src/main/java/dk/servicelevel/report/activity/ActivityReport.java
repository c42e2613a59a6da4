package dk.servicelevel.report.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.rendering.ReportDocument;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportWording;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Schema(description = "The activity report (seed 002, Krav 27): maintenance (service windows and changes), and the registered faults "
        + "with the work done to remedy them")
@RegisterForReflection(registerFullHierarchy = true)
public record ActivityReport(
        @Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month,
        @Schema(type = SchemaType.STRING, example = "Europe/Copenhagen") ZoneId zone,
        Instant generatedAt,
        List<MaintenanceActivity> maintenance,
        List<FaultWork> faults,
        SortedMap<String, String> sources) implements ReportDocument {

    public enum ActivityType {
        SERVICE_WINDOW,
        CHANGE
    }

    public record MaintenanceActivity(ActivityType type,
            @Schema(example = "/api/v1/changes/7") String reference, String systemCode,
            @Schema(description = "STANDARD, EXTRA or HOTFIX for a change") String changeKind,
            String title, Instant start, Instant end, BigDecimal hours,
            @Schema(description = "A change's result; absent until carried out") String result,
            @Schema(description = "Whether a change with downtime was announced in time") Boolean noticeKept) {
    }

    public record FaultWork(String incidentId, String systemCode, String layer, int category, String state,
            @Schema(description = "Minutes from known to acknowledged") Long reactionMinutes,
            @Schema(description = "Minutes from known to restored") Long restorationMinutes,
            String handling,
            @Schema(description = "Actions of the remedy plan") int remedyActions,
            @Schema(description = "Actions of the remedy plan done") int remedyActionsDone) {
    }

    @Override
    public ReportKind kind() {
        return ReportKind.ACTIVITY;
    }

    @Override
    public String period() {
        return month.toString();
    }

    @Override
    public ReportLayout layout(ReportWording wording) {
        return ActivityLayout.of(this, wording);
    }
}
