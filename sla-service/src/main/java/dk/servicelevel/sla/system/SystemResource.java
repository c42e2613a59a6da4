package dk.servicelevel.sla.system;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

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

@Path("/api/v1/systems")
@Tag(name = "Systems catalogue", description = "The systems in operation that SLAs and incidents refer to")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SystemResource {

    private final SystemCatalogue catalogue;

    SystemResource(SystemCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listSystems", summary = "List the systems of the catalogue, ordered by code")
    public Uni<List<SystemResponse>> list() {
        return catalogue.all().map(systems -> systems.stream().map(SystemResponse::of).toList());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getSystem", summary = "Get one system, with its version as the ETag")
    @APIResponse(responseCode = "200", description = "The system", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No system has this code")
    public Uni<RestResponse<SystemResponse>> get(@Parameter(example = "NT") @PathParam("code") String code) {
        return catalogue.get(code).map(SystemResource::withVersion);
    }

    @POST
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "registerSystem", summary = "Register a system in the catalogue")
    @APIResponse(responseCode = "201", description = "Registered", headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SystemResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; the problem names it")
    @APIResponse(responseCode = "409", description = "A system with this code is already registered")
    public Uni<RestResponse<SystemResponse>> register(@Valid @NotNull SystemRequest request) {
        return catalogue.register(request).map(system -> EntityVersion.created("/api/v1/systems/" + system.code,
                SystemResponse.of(system), system.version));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "updateSystem", summary = "Change a system's description", description = "Needs the version read last as If-Match.")
    @APIResponse(responseCode = "422", description = "The body names another code than the path")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No system has this code")
    @APIResponse(responseCode = "412", description = "The system changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<SystemResponse>> update(@Parameter(example = "NT") @PathParam("code") String code,
            @Parameter(description = "The ETag of the version read", example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SystemRequest request) {
        long version = EntityVersion.fromIfMatch(ifMatch);
        return catalogue.update(code, version, request).map(SystemResource::withVersion);
    }

    private static RestResponse<SystemResponse> withVersion(ItSystem system) {
        return EntityVersion.ok(SystemResponse.of(system), system.version);
    }
}
