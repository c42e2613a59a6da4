package dk.servicelevel.report.source;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A school day booked close to the capacity of the step in force. */
public record CapacityWarning(LocalDate date, Instant busiestSlot, long booked, long capacity, BigDecimal share) {
}
