package dk.servicelevel.sla.definition;

/** The layer an SLA measures (seeds 000/001 report application and infrastructure apart). */
public enum Layer {
    APPLICATION,
    INFRASTRUCTURE
}
