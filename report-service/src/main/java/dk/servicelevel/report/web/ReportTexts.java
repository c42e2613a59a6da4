package dk.servicelevel.report.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The status and archive pages' texts in Danish; {@code messages/r_en.properties} has them in English. */
@MessageBundle(value = "r", locale = "da")
public interface ReportTexts {

    @Message("Driftsstatus")
    String appTitle();

    @Message("Status nu")
    String statusNow();

    @Message("Rapportarkiv")
    String archive();

    @Message("Tilgængelighed de seneste 12 måneder")
    String availability();

    @Message("Mål")
    String target();

    @Message("under målet")
    String belowTarget();

    @Message("i.a.")
    String notApplicable();

    @Message("Månedens hændelser")
    String incidents();

    @Message("Ingen hændelser i måneden.")
    String noIncidents();

    @Message("Åbne hændelser")
    String openIncidents();

    @Message("Status kan ikke vises lige nu")
    String unavailable();

    @Message("System")
    String system();

    @Message("Farve")
    String colour();

    @Message("Periode")
    String period();

    @Message("Vis")
    String show();

    @Message("Rapport")
    String report();

    @Message("Version")
    String version();

    /** The mark of the newest version of a report, the one to read. */
    @Message("nyeste")
    String newest();

    @Message("Kontrolsum (SHA-256 af tallene)")
    String checksum();

    @Message("Dannet")
    String generated();

    @Message("Hent")
    String download();

    @Message("Ingen arkiverede rapporter.")
    String noReports();

    @Message("Arkivér en afsluttet måned")
    String fileMonth();

    @Message("Måned")
    String month();

    @Message("Arkivér")
    String file();

    @Message("Månedens rapporter er arkiveret.")
    String filed();

    @Message("Arkiveringen blev afvist")
    String refused();

    @Message("RØD: systemet er utilgængeligt på grund af en fejl. GUL: systemet er tilgængeligt, men der mangler funktionalitet. Infrastruktur: hardware og styresystem. Applikation: software.")
    String legend();
}
