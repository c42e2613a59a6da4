package dk.servicelevel.incident.incident;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of the fault log, newest first")
public record IncidentPage(
        List<IncidentResponse> items,
        @Schema(description = "Pass as 'before' for the next page; absent on the last page", example = "INC-2026-000101") String next) {
}
