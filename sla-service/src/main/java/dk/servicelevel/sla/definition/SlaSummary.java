package dk.servicelevel.sla.definition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An SLA in a list")
public record SlaSummary(String id, String name, String systemCode, Layer layer) {

    static SlaSummary of(Sla sla) {
        return new SlaSummary(sla.id, sla.name, sla.systemCode, sla.layer);
    }
}
