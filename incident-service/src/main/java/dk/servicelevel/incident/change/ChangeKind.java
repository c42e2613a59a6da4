package dk.servicelevel.incident.change;

/** The kinds of change the contract distinguishes (seed 002, Krav 17). */
public enum ChangeKind {
    /** A planned change within the agreed release plan. */
    STANDARD,
    /** A change ordered beyond the release plan. */
    EXTRA,
    /** An urgent fix of a fault in operation. */
    HOTFIX
}
