package dk.servicelevel.incident.servicewindow;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dk.servicelevel.api.EntityVersion;
import dk.servicelevel.api.Roles;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/service-windows")
@Tag(name = "Service windows", description = "Planned maintenance, announced in advance")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceWindowResource {

    private final ServiceWindowSchedule schedule;
    private final JsonWebToken caller;

    ServiceWindowResource(ServiceWindowSchedule schedule, JsonWebToken caller) {
        this.schedule = schedule;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "announceServiceWindow", summary = "Announce a service window")
    @APIResponse(responseCode = "201", description = "Announced", headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceWindowResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; the problem names it")
    @APIResponse(responseCode = "422", description = "The times are impossible (ends before it starts, announced in the future)")
    public Uni<RestResponse<ServiceWindowResponse>> announce(@Valid @NotNull ServiceWindowRequest request) {
        return schedule.announce(request, caller.getName()).map(window -> EntityVersion.created(
                "/api/v1/service-windows/" + window.id, ServiceWindowResponse.of(window), window.version));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getServiceWindow", summary = "Get one service window")
    @APIResponse(responseCode = "200", description = "The service window")
    @APIResponse(responseCode = "404", description = "No service window has this id")
    public Uni<ServiceWindowResponse> get(@PathParam("id") long id) {
        return schedule.get(id).map(ServiceWindowResponse::of);
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listServiceWindows", summary = "List a system's service windows that overlap a period, earliest first")
    public Uni<List<ServiceWindowResponse>> list(
            @Parameter(description = "System code", example = "NT") @QueryParam("system") @NotBlank String system,
            @Parameter(description = "Start of the period", example = "2026-10-01T00:00:00+02:00") @QueryParam("from") @NotNull OffsetDateTime from,
            @Parameter(description = "End of the period (exclusive)", example = "2026-11-01T00:00:00+01:00") @QueryParam("to") @NotNull OffsetDateTime to) {
        return schedule.overlapping(system, from.toInstant(), to.toInstant())
                .map(windows -> windows.stream().map(ServiceWindowResponse::of).toList());
    }
}
