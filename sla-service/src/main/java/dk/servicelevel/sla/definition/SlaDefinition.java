package dk.servicelevel.sla.definition;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The rules an SLA version measures by (docs/contract.md, "SLA rules"; seed 002, section 4). */
@Schema(description = "The rules of one version of an SLA")
@RegisterForReflection(registerFullHierarchy = true)
public record SlaDefinition(
        @Schema(description = "The zone of the windows' local times", example = "Europe/Copenhagen") @NotNull ZoneId zone,
        @Schema(description = "Named windows with weekly schedules and targets; at most one is the rest of the week")
        @NotEmpty @Valid List<@NotNull WindowDefinition> windows,
        @Schema(description = "Every outage counts at least this long", example = "PT5M") @NotNull Duration minimumOutage,
        @Schema(description = "Length of the response-time slices", example = "PT5M") @NotNull Duration timeSlice,
        @NotNull @Valid ResponseTimeRule responseTime,
        @Schema(description = "Incident categories whose production incidents are outages", example = "[1, 2]")
        @NotEmpty Set<@NotNull Integer> countedCategories,
        @NotNull @Valid ServiceWindowAllowance serviceWindowAllowance) {
}
