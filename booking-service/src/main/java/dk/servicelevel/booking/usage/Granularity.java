package dk.servicelevel.booking.usage;

/** The periods usage is counted in (seed 002, Krav 25). */
public enum Granularity {
    HOUR,
    DAY,
    MONTH;

    String sqlUnit() {
        return name().toLowerCase();
    }
}
