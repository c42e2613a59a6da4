package dk.servicelevel.sla.measurement;

/** The four interfaces where response times are logged (seed 002, Krav 14–15). */
public enum MeasuredInterface {
    /** At the users, the infrastructure's share included. */
    A,
    /** Transaction tests without the infrastructure's share. */
    B,
    /** The three-party login provider's user database. */
    C,
    /** The transaction generator that tests performance under a given load. */
    D
}
