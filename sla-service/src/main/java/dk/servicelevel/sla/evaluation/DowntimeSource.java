package dk.servicelevel.sla.evaluation;

/** Why time counted as downtime (docs/contract.md, SLA rule 5). */
public enum DowntimeSource {
    OUTAGE,
    RESPONSE_TIME,
    SERVICE_WINDOW
}
