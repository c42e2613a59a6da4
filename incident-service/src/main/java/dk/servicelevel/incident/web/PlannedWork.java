package dk.servicelevel.incident.web;

import dk.servicelevel.incident.change.SystemChange;
import dk.servicelevel.incident.servicewindow.ServiceWindow;

/** A service window or change as the planned-work page shows it. */
public record PlannedWork(String kind, String from, String to, String what) {

    static PlannedWork of(ServiceWindow window, ConsoleTime.Shown shown) {
        return new PlannedWork("SERVICE_WINDOW", shown.of(window.startAt), shown.of(window.endAt), window.purpose);
    }

    static PlannedWork of(SystemChange change, ConsoleTime.Shown shown) {
        return new PlannedWork("CHANGE", shown.of(change.plannedStartAt), shown.of(change.plannedEndAt), change.title);
    }
}
