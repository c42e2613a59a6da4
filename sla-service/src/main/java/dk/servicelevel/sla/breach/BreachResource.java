package dk.servicelevel.sla.breach;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.api.Roles;
import dk.servicelevel.sla.breach.BreachWatch.CheckResult;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/breaches")
@Tag(name = "Breaches", description = "Windows below target and downtime budgets burning too fast, found by the scheduled evaluation")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class BreachResource {

    private final BreachLog log;
    private final BreachWatch watch;

    BreachResource(BreachLog log, BreachWatch watch) {
        this.log = log;
        this.watch = watch;
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listBreaches", summary = "List breaches, newest first")
    public Uni<List<BreachResponse>> list(
            @Parameter(example = "NT-APPLICATION") @QueryParam("sla") String sla,
            @Parameter(description = "Only open (true) or only resolved (false) ones") @QueryParam("open") Boolean open,
            @Parameter(description = "Detected at or after") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "Detected before") @QueryParam("to") OffsetDateTime to) {
        return log.search(sla, open, from == null ? null : from.toInstant(), to == null ? null : to.toInstant())
                .map(found -> found.stream().map(BreachResponse::of).toList());
    }

    @POST
    @Path("checks")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "checkBreaches", summary = "Check every SLA for breaches now", description = "What the scheduler does every interval (breaches.interval).")
    public Uni<CheckResult> check() {
        return watch.check();
    }
}
