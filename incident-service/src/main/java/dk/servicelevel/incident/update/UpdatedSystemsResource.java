package dk.servicelevel.incident.update;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
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
import dk.servicelevel.incident.change.ChangeRepository;
import dk.servicelevel.incident.incident.IncidentRepository;
import dk.servicelevel.incident.servicewindow.ServiceWindowRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/updated-systems")
@Tag(name = "Updated systems", description = "Which systems' records changed since a given instant, for readers that keep figures")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class UpdatedSystemsResource {

    private final IncidentRepository incidents;
    private final ServiceWindowRepository serviceWindows;
    private final ChangeRepository changes;
    private final Clock clock;

    UpdatedSystemsResource(IncidentRepository incidents, ServiceWindowRepository serviceWindows, ChangeRepository changes,
            Clock clock) {
        this.incidents = incidents;
        this.serviceWindows = serviceWindows;
        this.changes = changes;
        this.clock = clock;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(summary = "The systems with an incident, service window or change registered or changed at or after `since`")
    public Uni<UpdatedSystems> since(@Parameter(example = "2026-10-31T12:00:00Z") @QueryParam("since") @NotNull OffsetDateTime since) {
        Instant readAt = clock.instant();
        Instant from = since.toInstant();
        TreeSet<String> systems = new TreeSet<>();
        return incidents.systemsWrittenSince(from).invoke(systems::addAll)
                .chain(() -> serviceWindows.systemsWrittenSince(from)).invoke(systems::addAll)
                .chain(() -> changes.systemsWrittenSince(from)).invoke(systems::addAll)
                .map(ignored -> new UpdatedSystems(readAt, List.copyOf(systems)));
    }
}
