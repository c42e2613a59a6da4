package dk.servicelevel.sla.measurement;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One measured operation")
public record Sample(
        @Schema(example = "NT") String system,
        @Schema(name = "interface", example = "A") @JsonProperty("interface") MeasuredInterface measuredAt,
        @Schema(example = "answer-question") String operation,
        @Schema(example = "GUARANTEED") UserClass userClass,
        @Schema(example = "2026-10-14T08:15:02.120Z") Instant at,
        @Schema(example = "412") Long durationMs,
        @Schema(example = "true") Boolean ok) {
}
