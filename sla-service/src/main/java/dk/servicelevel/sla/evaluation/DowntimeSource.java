package dk.servicelevel.sla.evaluation;

/** Why time counted as downtime (DESIGN.md rule 5). */
public enum DowntimeSource {
    OUTAGE,
    RESPONSE_TIME,
    SERVICE_WINDOW
}
