package dk.servicelevel.incident.change;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

@Path("/api/v1/changes")
@Tag(name = "Changes", description = "Standard and extra changes and hotfixes, planned, announced and carried out")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final ChangeLog changeLog;
    private final ChangeConfig config;
    private final JsonWebToken caller;

    ChangeResource(ChangeLog changeLog, ChangeConfig config, JsonWebToken caller) {
        this.changeLog = changeLog;
        this.config = config;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "announceChange", summary = "Announce a change")
    @APIResponse(responseCode = "201", description = "Announced", headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; the problem names it")
    @APIResponse(responseCode = "422", description = "The times are impossible; the problem names each field")
    public Uni<RestResponse<ChangeResponse>> announce(@Valid @NotNull ChangeRequest request) {
        return changeLog.announce(request, caller.getName()).map(change -> EntityVersion.created(
                "/api/v1/changes/" + change.id, response(change), change.version));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "updateChange", summary = "Change a change", description = "Send the whole change with If-Match, typically with its actual times and result.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone changed it since it was read")
    @APIResponse(responseCode = "422", description = "The times are impossible; the problem names each field")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<ChangeResponse>> update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version that was read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ChangeRequest request) {
        return changeLog.update(id, EntityVersion.fromIfMatch(ifMatch), request)
                .map(change -> EntityVersion.ok(response(change), change.version));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getChange", summary = "Get one change")
    @APIResponse(responseCode = "200", description = "The change", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No change has this id")
    public Uni<RestResponse<ChangeResponse>> get(@PathParam("id") long id) {
        return changeLog.get(id).map(change -> EntityVersion.ok(response(change), change.version));
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listChanges", summary = "List a system's changes whose planned or actual time overlaps a period, earliest planned first")
    public Uni<List<ChangeResponse>> list(
            @Parameter(description = "System code", example = "NT") @QueryParam("system") @NotBlank String system,
            @Parameter(description = "Start of the period", example = "2026-10-01T00:00:00+02:00") @QueryParam("from") @NotNull OffsetDateTime from,
            @Parameter(description = "End of the period (exclusive)", example = "2026-11-01T00:00:00+01:00") @QueryParam("to") @NotNull OffsetDateTime to) {
        return changeLog.overlapping(system, from.toInstant(), to.toInstant())
                .map(changes -> changes.stream().map(this::response).toList());
    }

    private ChangeResponse response(SystemChange change) {
        return ChangeResponse.of(change, config.downtimeNotice());
    }
}
