package dk.servicelevel.report.statuspage;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.servicelevel.report.source.SystemColour;
import dk.servicelevel.report.source.SystemRecord;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/status")
@Tag(name = "Status", description = "The public status page's figures, for anyone")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class StatusResource {

    @Schema(description = "The status of every system with an SLA in force in the month, as the status page shows it")
    public record StatusResponse(@Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month,
            List<SystemMonthFigures> systems,
            @Schema(description = "Systems whose figures are still being computed; ask again shortly") List<SystemRecord> pending,
            @Schema(description = "Systems and layers not GREEN now; only for the current month") List<SystemColour> colours) {
    }

    private final StatusBoard board;

    StatusResource(StatusBoard board) {
        this.board = board;
    }

    @GET
    @Operation(operationId = "getStatus", summary = "Each system's availability per window in the last 12 months, the month's incidents, service windows and changes",
            description = "Figures as sla-service evaluated them, computed once and kept; computed again when a system's records change.")
    public Uni<StatusResponse> status(@Parameter(description = "The month; the current one when absent or still to come",
            schema = @Schema(type = SchemaType.STRING, example = "2026-10")) @QueryParam("month") YearMonth asked) {
        YearMonth current = board.currentMonth();
        YearMonth month = asked == null || asked.isAfter(current) ? current : asked;
        return Uni.createFrom().completionStage(board.of(month)).map(shown -> new StatusResponse(shown.month(),
                shown.systems(), shown.pending(), shown.month().equals(current) ? shown.colours() : List.of()));
    }
}
