package dk.servicelevel.report.operations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.rendering.ReportDocument;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportWording;
import dk.servicelevel.report.source.CapacityWarning;
import dk.servicelevel.report.source.SlaAvailability.ResponseTimes;
import dk.servicelevel.report.status.MonthlyStatusReport.MonthCalls;
import dk.servicelevel.report.status.MonthlyStatusReport.Narrative;
import dk.servicelevel.report.status.MonthlyStatusReport.SlaRow;
import io.quarkus.runtime.annotations.RegisterForReflection;

@Schema(description = "The monthly operations report (seed 002, Krav 18–19): per system and layer the availability achieved against target, "
        + "hours agreed and available, the last 12 months side by side, outages, service windows and changes with their hours, "
        + "response times, transactions over the day and the year, capacity use, the narrative of each production incident "
        + "and the facts of each fault with its reference into the fault log")
@RegisterForReflection(registerFullHierarchy = true)
public record MonthlyOperationsReport(
        @Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month,
        @Schema(type = SchemaType.STRING, example = "Europe/Copenhagen") ZoneId zone,
        Instant generatedAt,
        List<SystemOperations> systems,
        @Schema(description = "Each record the figures were made from, with its version") SortedMap<String, String> sources)
        implements ReportDocument {

    public record SystemOperations(String systemCode,
            @Schema(description = "Measured operations (transactions) in the month") long transactions,
            Map<String, Long> transactionsByInterface,
            @Schema(description = "Measured operations in each local hour of the day (index 0 is 00:00–01:00), summed over the month")
            List<Long> transactionsByHourOfDay,
            ResponseTimes responseTimes,
            List<LayerOperations> layers,
            @Schema(description = "Each SLA's windows in the last 12 months, this month last, as the monthly status has them")
            List<SlaRow> lastMonths,
            @Schema(description = "Measured operations in each of the last 12 months") List<MonthCalls> transactionsPerMonth,
            @Schema(description = "The month's production incidents told in full") List<Narrative> narratives,
            List<ServiceWindowFacts> serviceWindows,
            List<ChangeFacts> changes,
            @Schema(description = "School days booked close to capacity; only for the system booking-service books") List<CapacityWarning> capacityWarnings) {
    }

    public record LayerOperations(String slaId, String layer,
            @Schema(description = "The worst colour of the month's production incidents (GREEN without any)") String status,
            @Schema(description = "Whether every window met its target") boolean targetsMet,
            List<WindowFigures> windows, WindowFigures combined,
            List<OutageFacts> outages,
            @Schema(description = "Every incident of this system and layer the vendor knew of in the month") List<FaultFacts> faults,
            @Schema(description = "SLA revisions applied to the month that were recorded after they came into force, with who recorded them and why")
            List<LateRevisionFacts> lateRevisions) {
    }

    public record LateRevisionFacts(String slaId, int version, Instant validFrom, Instant recordedAt, String recordedBy, String reason) {
    }

    public record WindowFigures(String name, BigDecimal targetPercent, BigDecimal availabilityPercent, boolean met,
            BigDecimal agreedMinutes, BigDecimal downtimeMinutes, BigDecimal serviceWindowMinutes,
            @Schema(description = "Hours the system should have been available (agreed minutes / 60)") BigDecimal hoursAgreed,
            @Schema(description = "Hours it was available ((agreed − downtime) / 60)") BigDecimal hoursAvailable,
            BigDecimal budgetRemainingMinutes) {
    }

    public record OutageFacts(String incidentId, int category, String colour, Instant start, Instant end,
            @Schema(description = "Hours from start to end (to the end of the month while it goes on)") BigDecimal hours) {
    }

    public record ServiceWindowFacts(long id, Instant start, Instant end, BigDecimal hours, String purpose) {
    }

    @Schema(description = "A change planned or carried out in the month (seed 002's standard, extraordinary and hotfix changes)")
    public record ChangeFacts(long id, @Schema(example = "STANDARD") String kind, String title,
            @Schema(description = "When it started, or was planned to") Instant start,
            @Schema(description = "When it ended, or is planned to") Instant end,
            boolean withDowntime,
            @Schema(description = "SUCCEEDED, FAILED or ROLLED_BACK; absent while planned") String result,
            @Schema(description = "Whether it was announced with the notice the contract asks") boolean noticeKept) {
    }

    public record FaultFacts(String incidentId, String environment, int category, String colour, Instant knownAt,
            @Schema(description = "Minutes from when the vendor knew until acknowledged") Long reactionMinutes,
            Instant restoredAt, String cause, String fix,
            @Schema(description = "The incident in the fault log", example = "/api/v1/incidents/INC-2026-000003") String faultLogReference) {
    }

    @Override
    public ReportKind kind() {
        return ReportKind.MONTHLY_OPERATIONS;
    }

    @Override
    public String period() {
        return month.toString();
    }

    @Override
    public ReportLayout layout(ReportWording wording) {
        return MonthlyOperationsLayout.of(this, wording);
    }
}
