package dk.servicelevel.sla.breach;

public enum BreachKind {
    /** The window is below its target over the rolling period. */
    TARGET_MISSED,
    /** The downtime budget burns fast enough to miss the target (a multiwindow burn-rate alert). */
    BUDGET_BURNING
}
