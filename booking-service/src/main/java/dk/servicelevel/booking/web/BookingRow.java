package dk.servicelevel.booking.web;

import java.time.LocalDate;

/** A booking as the school's pages list it. */
public record BookingRow(long id, String when, LocalDate day, String test, String testName, String className, int seats,
        long version) {
}
