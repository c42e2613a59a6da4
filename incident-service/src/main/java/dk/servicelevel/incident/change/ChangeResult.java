package dk.servicelevel.incident.change;

/** How a carried-out change ended. */
public enum ChangeResult {
    SUCCEEDED,
    FAILED,
    ROLLED_BACK
}
