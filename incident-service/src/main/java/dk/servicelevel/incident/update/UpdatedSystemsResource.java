package dk.servicelevel.incident.update;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

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
import dk.servicelevel.incident.incident.SystemWrite;
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
        Map<String, Instant> lastWrites = new TreeMap<>();
        Consumer<List<SystemWrite>> keepLatest = writes -> writes.forEach(
                write -> lastWrites.merge(write.systemCode(), write.lastWrittenAt(), (a, b) -> a.isAfter(b) ? a : b));
        return incidents.systemsWrittenSince(from).invoke(keepLatest)
                .chain(() -> serviceWindows.systemsWrittenSince(from)).invoke(keepLatest)
                .chain(() -> changes.systemsWrittenSince(from)).invoke(keepLatest)
                .map(ignored -> new UpdatedSystems(readAt, lastWrites.entrySet().stream()
                        .map(write -> new SystemWrite(write.getKey(), write.getValue())).toList()));
    }
}
