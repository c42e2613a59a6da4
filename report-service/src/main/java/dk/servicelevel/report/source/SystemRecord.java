package dk.servicelevel.report.source;

/** A system of sla-service's catalogue. */
public record SystemRecord(String code, String name) {
}
