package dk.servicelevel.booking.schoolclass;

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
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dk.servicelevel.api.Roles;
import dk.servicelevel.booking.access.Caller;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/schools/{institutionNumber}/classes")
@Tag(name = "Classes", description = "A school's classes and their pupils, by pseudonymous id")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassResource {

    private final ClassRegister register;
    private final JsonWebToken token;

    ClassResource(ClassRegister register, JsonWebToken token) {
        this.register = register;
        this.token = token;
    }

    @GET
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "listClasses", summary = "List a school's classes with their pupils")
    public Uni<List<ClassResponse>> list(@Parameter(example = "280010") @PathParam("institutionNumber") String institutionNumber) {
        Caller.of(token).checkMayAccess(institutionNumber);
        return register.of(institutionNumber).map(rosters -> rosters.stream().map(ClassResponse::of).toList());
    }

    @POST
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "addClass", summary = "Add a class with its pupils")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClassResponse.class)))
    public Uni<RestResponse<ClassResponse>> add(@Parameter(example = "280010") @PathParam("institutionNumber") String institutionNumber,
            @Valid @NotNull ClassRequest request) {
        Caller.of(token).checkMayAccess(institutionNumber);
        return register.add(institutionNumber, request).map(added -> RestResponse.status(Status.CREATED, ClassResponse.of(added)));
    }
}
