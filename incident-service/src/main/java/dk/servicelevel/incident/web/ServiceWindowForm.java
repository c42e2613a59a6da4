package dk.servicelevel.incident.web;

/** What the service-window form holds: empty but for the system and the time of announcing, or what was typed. */
public record ServiceWindowForm(String systemCode, String startAt, String endAt, String purpose, String announcedAt) {
}
