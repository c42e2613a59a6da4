package dk.servicelevel.sla.definition;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An SLA with all its versions, oldest first")
public record SlaResponse(String id, String name, String systemCode, Layer layer, List<Version> versions, long version) {

    @Schema(description = "The rules in force from validFrom until the next version's")
    public record Version(int number, Instant validFrom, SlaDefinition definition, Instant createdAt, String createdBy,
            @Schema(description = "Why it was recorded; given for a revision in force from before it was recorded") String reason) {
    }

    public static SlaResponse of(Sla sla, List<SlaVersion> versions) {
        return new SlaResponse(sla.id, sla.name, sla.systemCode, sla.layer, versions.stream()
                .map(v -> new Version(v.number, v.validFrom, v.definition, v.createdAt, v.createdBy, v.reason)).toList(), sla.version);
    }
}
