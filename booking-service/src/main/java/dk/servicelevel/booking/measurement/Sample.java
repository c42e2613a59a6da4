package dk.servicelevel.booking.measurement;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One measured request, as sla-service takes it: at interface B, with the session's class. */
public record Sample(String system, @JsonProperty("interface") String measuredAt, String operation, String userClass,
        Instant at, long durationMs, boolean ok) {
}
