package dk.servicelevel.sla.measurement;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.servicelevel.api.Roles;
import dk.servicelevel.sla.measurement.MeasurementIntake.Receipt;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/measurements")
@Tag(name = "Measurements", description = "Response times of operations at the interfaces A–D")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    private final MeasurementIntake intake;
    private final MeasurementStore store;
    private final BatchReader reader;

    MeasurementResource(MeasurementIntake intake, MeasurementStore store, ObjectMapper json) {
        this.intake = intake;
        this.store = store;
        this.reader = new BatchReader(json.getFactory());
    }

    @GET
    @Path("counts")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "countMeasurements", summary = "Count a system's measured operations per interface and per hour of the day in a calendar month (the service calls of the monthly status)")
    public Uni<CallCounts> counts(@Parameter(example = "NT") @QueryParam("system") @NotBlank String system,
            @Parameter(example = "2026-10") @QueryParam("month") @NotNull YearMonth month,
            @Parameter(example = "Europe/Copenhagen") @QueryParam("zone") @DefaultValue("Europe/Copenhagen") ZoneId zone) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return Uni.combine().all().unis(store.operations(system, from, to), store.operationsByHourOfDay(system, from, to, zone))
                .with((byInterface, byHour) -> new CallCounts(system, month,
                        byInterface.values().stream().mapToLong(Long::longValue).sum(), byInterface, byHour));
    }

    @POST
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "sendMeasurements", summary = "Send a batch of measured operations",
            description = "Answered once the batch is durable. A batch sent again with the same Idempotency-Key is counted once.")
    @APIResponse(responseCode = "200", description = "Counted (or, with duplicate true, counted before)")
    @APIResponse(responseCode = "400", description = "The body is not a batch")
    @APIResponse(responseCode = "422", description = "Samples are invalid; the problem names them and nothing is counted")
    public Uni<Receipt> take(
            @Parameter(description = "Makes sending the same batch again safe", example = "probe-7-2026-10-14T08:15Z")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MeasurementBatch.class))) byte[] batch)
            throws IOException {
        return intake.take(reader.read(batch), idempotencyKey);
    }
}
