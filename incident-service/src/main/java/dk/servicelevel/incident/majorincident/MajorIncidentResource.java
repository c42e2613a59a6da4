package dk.servicelevel.incident.majorincident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.api.Roles;
import dk.servicelevel.incident.incident.IncidentRepository;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/incidents/{id}/report")
@Tag(name = "Major incidents", description = "Priority 1 incidents and their incident reports (seed 003)")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MajorIncidentResource {

    private final IncidentRepository incidents;

    MajorIncidentResource(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getMajorIncidentReport", summary = "The incident report of a major incident: when, how, what, why, consequences, preventive actions")
    @APIResponse(responseCode = "200", description = "The incident report")
    @APIResponse(responseCode = "404", description = "No incident has this id")
    @APIResponse(responseCode = "422", description = "The incident is not a major incident")
    public Uni<MajorIncidentReport> report(@Parameter(example = "INC-2026-000007") @PathParam("id") String id) {
        return incidents.findByNumber(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No incident has the id " + id))
                .map(incident -> {
                    if (!incident.isMajor()) {
                        throw new RuleViolationException("id", id + " is not a major incident: only category 1 in production is");
                    }
                    return MajorIncidentReport.of(incident);
                });
    }
}
