package dk.servicelevel.booking.capacity;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/capacity")
@Tag(name = "Capacity", description = "The four-step capacity model of seed 002, tables 1 and 2")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {

    private final CapacityPlanner planner;
    private final JsonWebToken caller;

    CapacityResource(CapacityPlanner planner, JsonWebToken caller) {
        this.planner = planner;
        this.caller = caller;
    }

    @GET
    @Path("model")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getCapacityModel", summary = "The inputs of the capacity model (table 2)")
    @APIResponse(responseCode = "200", description = "The inputs", headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<RestResponse<CapacityInputs>> model() {
        return planner.model().map(model -> EntityVersion.ok(model.inputs, model.version));
    }

    @PUT
    @Path("model")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeCapacityModel", summary = "Change the inputs of the capacity model", description = "Send all inputs with If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone changed them since they were read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<CapacityInputs>> change(
            @Parameter(description = "The ETag of the model as read", example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CapacityInputs inputs) {
        return planner.change(EntityVersion.fromIfMatch(ifMatch), inputs, caller.getName())
                .map(model -> EntityVersion.ok(model.inputs, model.version));
    }

    @GET
    @Path("steps")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listCapacitySteps", summary = "The four capacity steps computed from the inputs (table 1)")
    public Uni<List<CapacityStep>> steps() {
        return planner.model().map(model -> CapacityModel.steps(model.inputs));
    }
}
