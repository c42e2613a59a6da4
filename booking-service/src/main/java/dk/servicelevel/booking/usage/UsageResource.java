package dk.servicelevel.booking.usage;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
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
import dk.servicelevel.rules.RuleViolationException;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/usage")
@Tag(name = "Usage", description = "Visits, hits and unique pupils per test, for the usage report (seed 002, Krav 25)")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    private final UsageStatistics statistics;

    UsageResource(UsageStatistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getUsage", summary = "Usage per test and hour, day or month of a period")
    public Uni<List<UsageFigures>> usage(
            @Parameter(example = "2027-05-01T00:00:00+02:00") @QueryParam("from") @NotNull OffsetDateTime from,
            @Parameter(example = "2027-06-01T00:00:00+02:00") @QueryParam("to") @NotNull OffsetDateTime to,
            @Parameter(example = "DAY") @QueryParam("per") @DefaultValue("DAY") Granularity per,
            @Parameter(example = "Europe/Copenhagen") @QueryParam("zone") @DefaultValue("Europe/Copenhagen") ZoneId zone) {
        if (!to.isAfter(from)) {
            throw new RuleViolationException("to", "The period must end after it starts");
        }
        return statistics.between(from.toInstant(), to.toInstant(), per, zone);
    }
}
