package dk.servicelevel.sla.evaluation;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The availability of an SLA over a period, per window and combined")
public record Availability(
        Instant from,
        Instant to,
        @Schema(description = "The definition versions applied, each over the part of the period it was in force") List<AppliedVersion> versions,
        List<WindowAvailability> windows,
        @Schema(description = "All windows together (KTS); its target is the one the windows' budgets add up to") WindowAvailability combined) {

    @Schema(description = "A definition version and the part of the period it was applied to")
    public record AppliedVersion(int version, Instant from, Instant to) {
    }
}
