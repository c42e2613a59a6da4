package dk.servicelevel.booking.booking;

public enum BookingState {
    ACTIVE,
    CANCELLED
}
