package dk.servicelevel.booking.slot;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.api.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/slots")
@Tag(name = "Slots", description = "One-hour test slots of school days with their capacity and what is left")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    private final SlotBoard board;

    SlotResource(SlotBoard board) {
        this.board = board;
    }

    @GET
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listSlots", summary = "The slots of a school day")
    @APIResponse(responseCode = "200", description = "The slots of the day, earliest first")
    @APIResponse(responseCode = "422", description = "The day is not a school day")
    public Uni<List<SlotView>> day(@Parameter(example = "2027-05-04") @QueryParam("date") @NotNull LocalDate date) {
        return board.day(date);
    }
}
