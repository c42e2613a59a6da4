package dk.servicelevel.incident.update;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

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
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/updated-systems")
@Tag(name = "Updated systems", description = "Which systems' records changed since a given instant, for readers that keep figures")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class UpdatedSystemsResource {

    private final SystemWriteRepository writes;
    private final Clock clock;

    UpdatedSystemsResource(SystemWriteRepository writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listUpdatedSystems", summary = "The systems with an incident, service window or change registered or changed at or after `since`")
    public Uni<UpdatedSystems> since(@Parameter(example = "2026-10-31T12:00:00Z") @QueryParam("since") @NotNull OffsetDateTime since) {
        Instant readAt = clock.instant();
        return writes.since(since.toInstant()).map(written -> new UpdatedSystems(readAt, written));
    }
}
