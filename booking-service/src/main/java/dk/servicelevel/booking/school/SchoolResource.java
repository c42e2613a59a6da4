package dk.servicelevel.booking.school;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import dk.servicelevel.booking.access.Caller;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/schools")
@Tag(name = "Schools", description = "The schools that book test slots; a school sees only itself")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolResource {

    private final SchoolRegister register;
    private final JsonWebToken token;

    SchoolResource(SchoolRegister register, JsonWebToken token) {
        this.register = register;
        this.token = token;
    }

    @POST
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "registerSchool", summary = "Register a school")
    @APIResponse(responseCode = "201", description = "Registered", headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; the problem names it")
    @APIResponse(responseCode = "409", description = "A school with this institution number is already registered")
    public Uni<RestResponse<SchoolResponse>> register(@Valid @NotNull SchoolRequest request) {
        return register.register(request).map(school -> EntityVersion.created(
                "/api/v1/schools/" + school.institutionNumber, SchoolResponse.of(school), school.version));
    }

    @GET
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "listSchools", summary = "List the schools the caller may see: a school sees only itself")
    public Uni<List<SchoolResponse>> list() {
        return register.visibleTo(Caller.of(token)).map(schools -> schools.stream().map(SchoolResponse::of).toList());
    }

    @GET
    @Path("{institutionNumber}")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "getSchool", summary = "Get one school")
    @APIResponse(responseCode = "200", description = "The school")
    @APIResponse(responseCode = "403", description = "A school asked for another school")
    @APIResponse(responseCode = "404", description = "No school has this institution number")
    public Uni<SchoolResponse> get(@Parameter(example = "280010") @PathParam("institutionNumber") String institutionNumber) {
        return register.get(institutionNumber, Caller.of(token)).map(SchoolResponse::of);
    }
}
