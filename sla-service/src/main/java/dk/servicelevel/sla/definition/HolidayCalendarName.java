package dk.servicelevel.sla.definition;

/** The public-holiday calendars an SLA window may exclude. */
public enum HolidayCalendarName {
    DENMARK,
    SWEDEN
}
