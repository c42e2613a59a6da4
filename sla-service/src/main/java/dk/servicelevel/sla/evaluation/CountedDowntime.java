package dk.servicelevel.sla.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An interval that counted as downtime, with its source and the minutes it counted in this window")
public record CountedDowntime(
        DowntimeSource source,
        @Schema(description = "The incident of an OUTAGE", example = "INC-2026-000003") String incidentId,
        @Schema(description = "The share of guaranteed operations within the threshold in a RESPONSE_TIME slice", example = "91.20")
        BigDecimal shareWithinThresholdPercent,
        @Schema(description = "The SERVICE_WINDOW that did not qualify") Long serviceWindowId,
        @Schema(description = "Why a SERVICE_WINDOW did not qualify", example = "outside the allowed hours 00:00–05:00") String reason,
        Instant start,
        Instant end,
        @Schema(description = "Minutes counted here: overlaps with earlier downtime and qualifying service windows are not counted again", example = "5.00")
        BigDecimal countedMinutes) {
}
