package dk.servicelevel.incident.web;

import java.time.Instant;

import dk.servicelevel.incident.incident.Incident;
import dk.servicelevel.incident.incident.ResponseDeadlines;

/** An incident as the console lists it: its deadlines as the reader reads them, and which of them it missed. */
public record IncidentRow(String id, String system, String layer, int category, String colour, String state, String title, String known,
        String acknowledgeBy, boolean acknowledgementOverdue, String restoreBy, boolean restorationOverdue, boolean major,
        String restored) {

    static IncidentRow of(Incident i, ConsoleTime.Shown shown, Instant now) {
        return new IncidentRow(i.number, i.systemCode, i.layer.name(), i.category, i.statusColour.name(), i.state.name(), i.title,
                shown.of(i.knownAt), shown.of(i.acknowledgeDueAt), ResponseDeadlines.missed(i.acknowledgeDueAt, i.acknowledgedAt, now),
                shown.of(i.restoreDueAt), ResponseDeadlines.missed(i.restoreDueAt, i.restoredAt, now), i.isMajor(), shown.of(i.restoredAt));
    }
}
