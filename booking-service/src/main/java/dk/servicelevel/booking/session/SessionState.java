package dk.servicelevel.booking.session;

public enum SessionState {
    STARTED,
    COMPLETED,
    ABORTED
}
