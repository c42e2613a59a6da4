package dk.servicelevel.booking.measurement;

import java.time.Instant;

/** A session request the service served, with its response time: an operation of the test at interface B. */
public record MeasuredRequest(String operation, String userClass, Instant at, long durationMs, boolean ok) {
}
