package dk.servicelevel.booking.measurement;

import java.util.List;

/** A batch as sla-service takes it. */
public record MeasurementBatch(List<Sample> samples) {
}
