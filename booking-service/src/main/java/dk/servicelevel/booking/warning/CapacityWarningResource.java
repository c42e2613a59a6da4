package dk.servicelevel.booking.warning;

import java.time.LocalDate;
import java.util.List;

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
import io.smallrye.mutiny.Uni;

@Path("/api/v1/capacity/warnings")
@Tag(name = "Capacity")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class CapacityWarningResource {

    private final CapacityWarnings warnings;

    CapacityWarningResource(CapacityWarnings warnings) {
        this.warnings = warnings;
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listCapacityWarnings", summary = "School days booked to the warning share of the step in force (capacity.warning-share, default 0.8)")
    public Uni<List<CapacityWarning>> warnings(
            @Parameter(example = "2027-05-01") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Until, not including", example = "2027-06-16") @QueryParam("to") @NotNull LocalDate to) {
        return warnings.between(from, to);
    }
}
