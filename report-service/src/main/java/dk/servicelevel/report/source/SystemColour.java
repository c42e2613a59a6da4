package dk.servicelevel.report.source;

import java.util.List;

/** A system and layer that is not GREEN now, as incident-service tells: the worst colour of its open production incidents. */
public record SystemColour(String systemCode, String layer, String colour, List<String> openIncidents) {
}
