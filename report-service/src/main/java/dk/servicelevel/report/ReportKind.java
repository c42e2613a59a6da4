package dk.servicelevel.report;

/** The reports of seed 002 (Krav 17–27) and seeds 000/001. */
public enum ReportKind {
    MONTHLY_OPERATIONS,
    MONTHLY_STATUS,
    FAULT_LOG,
    USAGE,
    ACTIVITY
}
