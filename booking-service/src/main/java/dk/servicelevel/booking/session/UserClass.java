package dk.servicelevel.booking.session;

/** Booked sessions get the guaranteed response times; unbooked ones run on what is left (seed 002, Krav 10). */
public enum UserClass {
    GUARANTEED,
    BEST_EFFORT
}
