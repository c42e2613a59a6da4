package dk.servicelevel.incident.web;

import dk.servicelevel.incident.incident.Environment;
import dk.servicelevel.incident.incident.Layer;
import dk.servicelevel.incident.incident.StatusColour;

/** What the register form holds: the defaults at first, what the reader typed and chose after a refusal. */
public record IncidentForm(String systemCode, String layer, String environment, Integer category, String colour,
        String detectedAt, String title, String description) {

    static IncidentForm startingAt(String now, ConsoleConfig config) {
        return new IncidentForm(config.defaultSystem(), Layer.APPLICATION.name(), Environment.PRODUCTION.name(), config.defaultCategory(),
                StatusColour.RED.name(), now, "", "");
    }
}
