package dk.servicelevel.booking.schoolyear;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dk.servicelevel.api.Roles;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/school-years")
@Tag(name = "School years", description = "Start, 1 April, summer holiday and the days without school")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolYearResource {

    private final SchoolYears years;

    SchoolYearResource(SchoolYears years) {
        this.years = years;
    }

    @GET
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listSchoolYears", summary = "List the school years")
    public Uni<List<SchoolYearEntry>> list() {
        return years.all().map(all -> all.stream().map(SchoolYearResource::response).toList());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addSchoolYear", summary = "Add a school year")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolYearEntry.class)))
    @APIResponse(responseCode = "409", description = "A school year with this label exists")
    @APIResponse(responseCode = "422", description = "The summer holiday does not start after the year, or the year overlaps another")
    public Uni<RestResponse<SchoolYearEntry>> add(@Valid @NotNull SchoolYearEntry request) {
        return years.add(request).map(year -> RestResponse.status(Status.CREATED, response(year)));
    }

    private static SchoolYearEntry response(SchoolYear year) {
        return new SchoolYearEntry(year.label, year.startsOn, year.summerHolidayStartsOn, year.closedDays);
    }
}
