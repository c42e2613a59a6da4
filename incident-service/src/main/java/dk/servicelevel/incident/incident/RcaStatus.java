package dk.servicelevel.incident.incident;

/** Progress of the root cause analysis (seed 003). */
public enum RcaStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    NOT_NEEDED
}
