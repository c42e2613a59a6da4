package dk.servicelevel.incident.incident;

/** RED: unavailable because of a fault; YELLOW: available with missing functionality; GREEN: normal (seed 000). */
public enum StatusColour {
    GREEN,
    YELLOW,
    RED
}
