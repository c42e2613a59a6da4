package dk.servicelevel.incident.incident;

/** Infrastructure: hardware and operating system; application: the software (seed 000's legend). */
public enum Layer {
    APPLICATION,
    INFRASTRUCTURE
}
