package dk.servicelevel.incident.incident;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An incident to register, or its new content (sent with If-Match). The state changes through transitions. */
@Schema(description = "An incident of the fault log")
public record IncidentRequest(
        @Schema(example = "NT") @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "must be a system code: 2 to 20 upper-case letters, digits or hyphens")
        String systemCode,
        @Schema(example = "INFRASTRUCTURE") @NotNull Layer layer,
        @Schema(example = "PRODUCTION") @NotNull Environment environment,
        @Schema(description = "1 serious (use suspended or data lost), 2 significant (functions unusable, no workaround), 3 minor (workaround), 4 documentation", example = "2")
        @NotNull @Min(1) @Max(4) Integer category,
        @Schema(example = "RED") @NotNull StatusColour statusColour,
        @Schema(example = "2026-10-07T04:00:00+02:00") OffsetDateTime occurredAt,
        @Schema(description = "Detected by monitoring", example = "2026-10-07T04:02:00+02:00") OffsetDateTime detectedAt,
        @Schema(description = "Reported by a user", example = "2026-10-07T04:10:00+02:00") OffsetDateTime reportedAt,
        @Schema(description = "First activity on it", example = "2026-10-07T04:05:00+02:00") OffsetDateTime acknowledgedAt,
        @Schema(description = "Normal operation restored", example = "2026-10-07T04:21:00+02:00") OffsetDateTime restoredAt,
        @Schema(example = "Login to the access control failed") @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description,
        @Schema(example = "Municipal users could not log in") @Size(max = 10000) String userImpact,
        @Schema(description = "Share of calls or users affected, percent", example = "23")
        @DecimalMin("0") @DecimalMax("100") BigDecimal affectedSharePercent,
        @Schema(example = "A disk ran full") @Size(max = 10000) String cause,
        @Schema(example = "Old logs removed, disk extended") @Size(max = 10000) String handling,
        @Valid List<@NotNull RemedyAction> remedyPlan,
        RcaStatus rcaStatus,
        @Size(max = 20000) String rcaText,
        @Schema(description = "For a major incident; defaults to whoever registers it", example = "Jens Hansen")
        @Size(max = 200) String majorIncidentManager,
        @Schema(description = "Why the category changes; required to change it after resolution", example = "RCA showed data loss")
        @Size(max = 2000) String reason) {

    /** A new incident with what the console's register form asks; the rest is added as it becomes known. */
    public static IncidentRequest detected(String systemCode, Layer layer, Environment environment, Integer category,
            StatusColour colour, OffsetDateTime detectedAt, String title, String description) {
        return new IncidentRequest(systemCode, layer, environment, category, colour, null, detectedAt, null, null, null, title,
                description, null, null, null, null, null, null, null, null, null);
    }

    /** The incident's content as it stands, to change a few of its fields. */
    public static IncidentRequest of(Incident i) {
        return new IncidentRequest(i.systemCode, i.layer, i.environment, i.category, i.statusColour, at(i.occurredAt), at(i.detectedAt),
                at(i.reportedAt), at(i.acknowledgedAt), at(i.restoredAt), i.title, i.description, i.userImpact, i.affectedSharePercent,
                i.cause, i.handling, i.remedyPlan, i.rcaStatus, i.rcaText, i.majorIncidentManager, null);
    }

    /** This content with another category, colour and first activity; the reason is needed to recategorise a resolved incident. */
    public IncidentRequest revised(int newCategory, StatusColour colour, OffsetDateTime acknowledged, String why) {
        return new IncidentRequest(systemCode, layer, environment, newCategory, colour, occurredAt, detectedAt, reportedAt, acknowledged,
                restoredAt, title, description, userImpact, affectedSharePercent, cause, handling, remedyPlan, rcaStatus, rcaText,
                majorIncidentManager, why);
    }

    /** This content restored at the time given (unless it already was), with its cause and handling. */
    public IncidentRequest restored(OffsetDateTime restored, String newCause, String newHandling) {
        return new IncidentRequest(systemCode, layer, environment, category, statusColour, occurredAt, detectedAt, reportedAt,
                acknowledgedAt, restoredAt != null ? restoredAt : restored, title, description, userImpact, affectedSharePercent,
                newCause, newHandling, remedyPlan, rcaStatus, rcaText, majorIncidentManager, reason);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
