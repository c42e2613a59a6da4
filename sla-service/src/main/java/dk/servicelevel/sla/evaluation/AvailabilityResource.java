package dk.servicelevel.sla.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.api.MalformedParameterException;
import dk.servicelevel.api.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/slas/{id}/availability")
@Tag(name = "Evaluation", description = "Availability per window, exactly, with its workings")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    private static final String ONE_PERIOD = "give either from and to, or month, or rolling (with at)";

    private final SlaEvaluation evaluation;
    private final Clock clock;

    AvailabilityResource(SlaEvaluation evaluation, Clock clock) {
        this.evaluation = evaluation;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "evaluateSla", summary = "Evaluate an SLA over a period",
            description = "Either `from` and `to`, or `month` (a calendar month of the SLA's zone), or `rolling` ending at `at` (default now). "
                    + "A rolling length in days or weeks (P28D, P4W) is calendar days of the SLA's zone, so 4 weeks ending at a local midnight "
                    + "start at the local midnight 28 days before, whatever summer time did in between; a length with a time part (PT672H) is exact.")
    @APIResponse(responseCode = "200", description = "The availability per window and combined, and the response times")
    @APIResponse(responseCode = "400", description = "The period is missing, given twice, or malformed")
    @APIResponse(responseCode = "404", description = "No SLA has this id")
    @APIResponse(responseCode = "422", description = "The period ends before it starts, or lies before the SLA's first version")
    @APIResponse(responseCode = "503", description = "incident-service cannot answer; nothing is computed from missing data")
    public Uni<AvailabilityReport> evaluate(@Parameter(example = "NT-APPLICATION") @PathParam("id") String id,
            @Parameter(example = "2026-10-01T00:00:00+02:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(example = "2026-11-01T00:00:00+01:00") @QueryParam("to") OffsetDateTime to,
            @Parameter(example = "2026-10") @QueryParam("month") YearMonth month,
            @Parameter(description = "P4W or P28D: local calendar days of the SLA's zone; PT672H: exactly 672 hours", example = "P4W")
            @QueryParam("rolling") String rolling,
            @Parameter(description = "End of a rolling period", example = "2026-10-29T00:00:00+01:00") @QueryParam("at") OffsetDateTime at) {
        return evaluation.evaluate(id, period(from, to, month, rolling, at));
    }

    private EvaluationPeriod period(OffsetDateTime from, OffsetDateTime to, YearMonth month, String rolling, OffsetDateTime at) {
        boolean between = from != null || to != null;
        int ways = (between ? 1 : 0) + (month != null ? 1 : 0) + (rolling != null ? 1 : 0);
        if (ways != 1) {
            throw new MalformedParameterException(ways == 0 ? "from" : "month", ONE_PERIOD);
        }
        if (between) {
            if (from == null || to == null) {
                throw new MalformedParameterException(from == null ? "from" : "to", "must be given with " + (from == null ? "to" : "from"));
            }
            return new EvaluationPeriod.Between(from.toInstant(), to.toInstant());
        }
        if (at != null && rolling == null) {
            throw new MalformedParameterException("at", "belongs to a rolling period");
        }
        if (month != null) {
            return new EvaluationPeriod.Month(month);
        }
        return new EvaluationPeriod.Rolling(length(rolling), at != null ? at.toInstant() : clock.instant());
    }

    private static RollingLength length(String rolling) {
        try {
            return RollingLength.parse(rolling);
        } catch (DateTimeParseException e) {
            throw new MalformedParameterException("rolling", "must be a positive length such as P4W, P28D or PT672H");
        }
    }
}
