package dk.servicelevel.incident.outage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.api.Roles;
import dk.servicelevel.incident.incident.IncidentConfig;
import dk.servicelevel.incident.incident.IncidentRepository;
import dk.servicelevel.incident.incident.Layer;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/outages")
@Tag(name = "Outages", description = "Downtime of production incidents, for the SLA evaluation and the reports")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class OutageResource {

    private final IncidentRepository incidents;
    private final IncidentConfig config;

    OutageResource(IncidentRepository incidents, IncidentConfig config) {
        this.incidents = incidents;
        this.config = config;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listOutages", summary = "The outages of a system that overlap a period",
            description = "Production incidents of the counted categories (those asked for, else 1 and 2 unless configured), each from the earlier "
                    + "of detectedAt and reportedAt until restoredAt, earliest first. Intervals are not clipped to the period "
                    + "nor floored: the SLA decides how they count.")
    public Uni<List<Outage>> outages(
            @Parameter(example = "NT") @QueryParam("system") @NotBlank String system,
            @Parameter(example = "APPLICATION") @QueryParam("layer") Layer layer,
            @Parameter(example = "2026-10-01T00:00:00+02:00") @QueryParam("from") @NotNull OffsetDateTime from,
            @Parameter(example = "2026-11-01T00:00:00+01:00") @QueryParam("to") @NotNull OffsetDateTime to,
            @Parameter(description = "The categories that count, as an SLA defines them (the parameter repeated: category=1&category=2)")
            @QueryParam("category") List<@Min(1) @Max(4) Integer> category) {
        if (!to.isAfter(from)) {
            return Uni.createFrom().failure(new RuleViolationException("to", "The period must end after it starts"));
        }
        Set<Integer> counted = category.isEmpty() ? config.outageCategories() : Set.copyOf(category);
        return incidents.outages(system, layer, counted, from.toInstant(), to.toInstant())
                .map(found -> found.stream().map(i -> new Outage(i.number, i.systemCode, i.layer, i.category,
                        i.statusColour, i.knownAt, i.restoredAt)).toList());
    }
}
