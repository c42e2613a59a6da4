package dk.servicelevel.sla.definition;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import dk.servicelevel.sla.definition.SlaCatalogue.VersionedSla;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/slas")
@Tag(name = "SLA definitions", description = "Windows, targets and rules of each SLA, kept as versions")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaResource {

    private final SlaCatalogue catalogue;
    private final JsonWebToken caller;

    SlaResource(SlaCatalogue catalogue, JsonWebToken caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listSlas", summary = "List the SLAs, optionally of one system")
    public Uni<List<SlaSummary>> list(@Parameter(example = "NT") @QueryParam("system") String system) {
        return catalogue.all(system).map(slas -> slas.stream().map(SlaSummary::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getSla", summary = "Get an SLA with all its versions")
    @APIResponse(responseCode = "200", description = "The SLA with all its versions", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No SLA has this id")
    public Uni<RestResponse<SlaResponse>> get(@Parameter(example = "NT-APPLICATION") @PathParam("id") String id) {
        return catalogue.get(id).map(this::ok);
    }

    @POST
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "defineSla", summary = "Define an SLA", description = "Its first version is in force from validFrom.")
    @APIResponse(responseCode = "201", description = "Defined", headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SlaResponse.class)))
    @APIResponse(responseCode = "409", description = "An SLA with this id exists")
    @APIResponse(responseCode = "422", description = "The definition is impossible (overlapping windows and the like); the problem names each field")
    public Uni<RestResponse<SlaResponse>> define(@Valid @NotNull SlaRequest request) {
        return catalogue.define(request, caller.getName()).map(defined -> EntityVersion.created(
                "/api/v1/slas/" + defined.sla().id, SlaResponse.of(defined.sla(), defined.versions()), defined.sla().version));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "reviseSla", summary = "Revise an SLA", description = "Adds a version in force from validFrom; earlier periods keep the versions that were in force then.")
    @APIResponse(responseCode = "200", description = "Revised", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone revised it since it was read")
    @APIResponse(responseCode = "422", description = "The definition is impossible, or validFrom is not after the latest version's")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<SlaResponse>> revise(@Parameter(example = "NT-APPLICATION") @PathParam("id") String id,
            @Parameter(description = "The ETag of the SLA as read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SlaRevisionRequest request) {
        return catalogue.revise(id, EntityVersion.fromIfMatch(ifMatch), request, caller.getName()).map(this::ok);
    }

    private RestResponse<SlaResponse> ok(VersionedSla sla) {
        return EntityVersion.ok(SlaResponse.of(sla.sla(), sla.versions()), sla.sla().version);
    }
}
