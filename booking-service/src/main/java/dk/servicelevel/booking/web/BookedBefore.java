package dk.servicelevel.booking.web;

/** A class that has a booking of the test already, shown before it is booked a second time. */
public record BookedBefore(String className, String when) {
}
