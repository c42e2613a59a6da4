package dk.servicelevel.report.generation;

import java.time.YearMonth;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.report.ReportKind;

@Schema(description = "Which reports of a closed month to generate and file")
public record ArchivingRequest(
        @Schema(type = SchemaType.STRING, example = "2026-10") @NotNull YearMonth month,
        @Schema(description = "The kinds to file; all five when absent") Set<@NotNull ReportKind> kinds) {
}
