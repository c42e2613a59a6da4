package dk.servicelevel.sla.evaluation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.sla.definition.Layer;

@Schema(description = "An SLA's availability over a period per window and combined, with its workings, and the response times")
public record AvailabilityReport(
        @Schema(example = "NT-APPLICATION") String slaId,
        @Schema(example = "NT") String systemCode,
        Layer layer,
        @Schema(type = SchemaType.STRING, example = "Europe/Copenhagen") ZoneId zone,
        Instant from,
        Instant to,
        @Schema(description = "When it was computed; an open outage counts until then") Instant evaluatedAt,
        @Schema(description = "The definition versions applied, each over the part of the period it was in force") List<VersionApplied> versions,
        List<WindowAvailability> windows,
        WindowAvailability combined,
        ResponseTimes responseTimes) {

    @Schema(description = "A definition version and the part of the period it was applied to")
    public record VersionApplied(int version, Instant from, Instant to,
            @Schema(description = "Present when the version was recorded after it came into force, so it changed a period already begun or reported")
            LateRevision lateRevision) {
    }

    @Schema(description = "A revision recorded after it came into force: when, by whom and why")
    public record LateRevision(Instant recordedAt, String recordedBy, String reason) {
    }
}
