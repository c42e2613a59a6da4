package dk.servicelevel.sla.evaluation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.sla.definition.Layer;
import dk.servicelevel.sla.evaluation.Availability.AppliedVersion;

@Schema(description = "An SLA's availability over a period per window and combined, with its workings, and the response times")
public record AvailabilityReport(
        @Schema(example = "NT-APPLICATION") String slaId,
        @Schema(example = "NT") String systemCode,
        Layer layer,
        @Schema(type = SchemaType.STRING, example = "Europe/Copenhagen") ZoneId zone,
        Instant from,
        Instant to,
        @Schema(description = "When it was computed; an open outage counts until then") Instant evaluatedAt,
        List<AppliedVersion> versions,
        List<WindowAvailability> windows,
        WindowAvailability combined,
        ResponseTimes responseTimes) {
}
