package dk.servicelevel.incident.web;

import java.util.Arrays;
import java.util.List;

import dk.servicelevel.incident.incident.Incident;
import dk.servicelevel.incident.incident.IncidentState;
import dk.servicelevel.incident.incident.StatusColour;

/** What the incident page offers to change: the states it may move to (resolving has its own form), colours, first activity. */
public record Revision(List<IncidentState> nextStates, List<StatusColour> colours, String acknowledgedAt) {

    static Revision of(Incident i, ConsoleTime time) {
        List<IncidentState> next = Arrays.stream(IncidentState.values()).filter(s -> s != IncidentState.RESOLVED && i.state.mayMoveTo(s)).toList();
        return new Revision(next, List.of(StatusColour.values()), time.typed(i.acknowledgedAt));
    }
}
