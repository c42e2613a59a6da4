package dk.servicelevel.report.source;

import java.time.Instant;
import java.util.List;

/** An SLA as sla-service answers it; the versions only when one SLA is fetched. */
public record SlaRecord(String id, String name, String systemCode, String layer, List<Version> versions) {

    public record Version(int number, Instant validFrom) {
    }

    /** When the SLA's first version came into force. */
    public Instant inForceFrom() {
        return versions.get(0).validFrom();
    }
}
