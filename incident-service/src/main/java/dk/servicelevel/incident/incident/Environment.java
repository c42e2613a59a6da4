package dk.servicelevel.incident.incident;

/** Only production counts for SLAs; the other environments' incidents are kept in the fault log too (seed 004). */
public enum Environment {
    PRODUCTION,
    TEST,
    EDUCATION,
    VERIFICATION,
    OTHER
}
