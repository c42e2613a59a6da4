package dk.servicelevel.incident.web;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The operations console's settings. */
@ConfigMapping(prefix = "operations-console")
public interface ConsoleConfig {

    /** The zone the console's times are read and written in. */
    @WithDefault("Europe/Copenhagen")
    ZoneId zone();

    /** The system the register form and the planned-work page start with. */
    @WithDefault("NT")
    String defaultSystem();

    /** The category the register form starts with. */
    @WithDefault("2")
    int defaultCategory();

    /** Open incidents shown on one page of the list. */
    @WithDefault("25")
    int openIncidentsPerPage();
}
