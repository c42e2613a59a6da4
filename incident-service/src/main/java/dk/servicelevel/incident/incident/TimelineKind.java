package dk.servicelevel.incident.incident;

public enum TimelineKind {
    REGISTERED,
    UPDATED,
    CATEGORY_CHANGED,
    STATE_CHANGED,
    NOTE
}
