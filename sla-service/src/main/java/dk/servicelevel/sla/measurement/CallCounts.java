package dk.servicelevel.sla.measurement;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The measured operations of a system in a month")
public record CallCounts(@Schema(example = "NT") String system,
        @Schema(type = SchemaType.STRING, example = "2026-10") YearMonth month,
        @Schema(example = "1842211") long operations,
        Map<MeasuredInterface, Long> byInterface,
        @Schema(description = "Operations in each local hour of the day of the zone (index 0 is 00:00–01:00), summed over the month")
        List<Long> byHourOfDay) {
}
