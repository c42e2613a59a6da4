package dk.servicelevel.incident.monthlycount;

import java.time.YearMonth;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many service windows and changes a system had in a month")
public record MonthlyCount(
        @Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month,
        @Schema(example = "2") long serviceWindows,
        @Schema(example = "3") long changes) {
}
