package dk.servicelevel.incident.monthlycount;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
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
import dk.servicelevel.incident.change.ChangeLog;
import dk.servicelevel.incident.change.SystemChange;
import dk.servicelevel.incident.servicewindow.ServiceWindowSchedule;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/monthly-counts")
@Tag(name = "Monthly counts", description = "Service windows and changes per system and month, for the monthly status")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyCountResource {

    private final ServiceWindowSchedule serviceWindows;
    private final ChangeLog changes;
    private final MonthlyCountConfig config;

    MonthlyCountResource(ServiceWindowSchedule serviceWindows, ChangeLog changes, MonthlyCountConfig config) {
        this.serviceWindows = serviceWindows;
        this.changes = changes;
        this.config = config;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "countPlannedWorkPerMonth", summary = "Count a system's service windows and changes per month",
            description = "Each is counted in the month of the zone in which it starts (a change by its actual start once known).")
    @APIResponse(responseCode = "200", description = "One entry per month from `from` to `to`, both included")
    @APIResponse(responseCode = "422", description = "The months are in the wrong order or span too many")
    public Uni<List<MonthlyCount>> count(
            @Parameter(description = "System code", example = "NT") @QueryParam("system") @NotBlank String system,
            @Parameter(description = "First month", example = "2026-01") @QueryParam("from") @NotNull YearMonth from,
            @Parameter(description = "Last month, included", example = "2026-10") @QueryParam("to") @NotNull YearMonth to,
            @Parameter(description = "Time zone of the months; the SLA's zone", example = "Europe/Copenhagen") @QueryParam("zone") ZoneId zone) {
        MonthlyTally tally = tally(from, to, zone);
        Instant start = tally.from();
        Instant end = tally.to();
        return serviceWindows.overlapping(system, start, end)
                .flatMap(windows -> changes.overlapping(system, start, end)
                        .map(changed -> tally.count(
                                windows.stream().map(window -> window.startAt).toList(),
                                changed.stream().map(SystemChange::startAt).toList())));
    }

    private MonthlyTally tally(YearMonth from, YearMonth to, ZoneId zone) {
        if (to.isBefore(from)) {
            throw new RuleViolationException("to", "must not be before from");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= config.maxMonths()) {
            throw new RuleViolationException("to", "may be at most " + config.maxMonths() + " months after from");
        }
        return new MonthlyTally(from, to, zone == null ? config.zone() : zone);
    }
}
