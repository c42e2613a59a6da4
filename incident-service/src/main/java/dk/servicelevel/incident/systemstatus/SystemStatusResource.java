package dk.servicelevel.incident.systemstatus;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.api.Roles;
import dk.servicelevel.incident.incident.Incident;
import dk.servicelevel.incident.incident.IncidentRepository;
import dk.servicelevel.incident.incident.Layer;
import dk.servicelevel.incident.incident.StatusColour;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/system-status")
@Tag(name = "System status", description = "The current colour of each system with open production incidents")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SystemStatusResource {

    private final IncidentRepository incidents;

    SystemStatusResource(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @Schema(description = "RED: unavailable because of a fault; YELLOW: available, missing functionality (seed 000)")
    public record SystemStatus(String systemCode, Layer layer, StatusColour colour, List<String> openIncidents) {
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getSystemStatus", summary = "Systems and layers that are not GREEN now: the worst colour of their production incidents not yet restored",
            description = "A system and layer not listed is GREEN.")
    public Uni<List<SystemStatus>> current() {
        return incidents.unrestoredInProduction().map(open -> open.stream()
                .collect(Collectors.groupingBy(i -> i.systemCode + "/" + i.layer))
                .values().stream()
                .map(SystemStatusResource::statusOf)
                .sorted(Comparator.comparing(SystemStatus::systemCode).thenComparing(SystemStatus::layer))
                .toList());
    }

    private static SystemStatus statusOf(List<Incident> open) {
        StatusColour worst = open.stream().map(i -> i.statusColour).max(Comparator.naturalOrder()).orElseThrow();
        Incident any = open.get(0);
        return new SystemStatus(any.systemCode, any.layer, worst, open.stream().map(i -> i.number).sorted().toList());
    }
}
