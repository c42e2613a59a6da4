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

    @Message("Driftsstatus {month}")
    String statusOf(String month);

    @Message("Tilgængelighed i måneden")
    String availabilityInMonth();

    @Message("{#when layer}{#is 'APPLICATION'}Applikation{#is 'INFRASTRUCTURE'}Infrastruktur{#else}{layer}{/when}, vindue {window}")
    String windowOfLayer(String layer, String window);



    @Message("mål {target} %")
    String goal(String target);

    @Message("tilgængelighed %")
    String availabilityAxis();

    @Message("{name}: de seneste 12 måneder")
    String twelveMonths(String name);

    @Message("Forrige måned")
    String previousMonth();

    @Message("Næste måned")
    String nextMonth();

    @Message("Tallene for {count} {#if count == 1}system{#else}systemer{/if} beregnes stadig. Genindlæs siden om lidt.")
    String pendingCount(int count);

    @Message("beregnes")
    String beingComputed();

    @Message("Tallene er beregnet {time}.")
    String computedAt(String time);

    @Message("Farverne er fra {time}.")
    String coloursReadAt(String time);

    @Message("En tjeneste kunne ikke svare; siden viser de senest beregnede tal.")
    String sourceProblem();

    @Message("i.a.: SLA'en var ikke i kraft hele måneden.")
    String notInForce();

    @Message("Servicekald")
    String serviceCalls();

    @Message("Servicevinduer")
    String serviceWindows();

    @Message("Ændringer")
    String changes();

    @Message("Ingen i måneden.")
    String noneInMonth();

    @Message("Fra {from} til {to}.")
    String knownFromTo(String from, String to);

    @Message("Fra {from}; endnu ikke genoprettet.")
    String knownFromNotRestored(String from);

    @Message("kategori {category}")
    String category(int category);

    @Message("Årsag")
    String cause();

    @Message("Håndtering")
    String handling();

    @Message("Rodårsagsanalyse: {#when status}{#is 'NOT_STARTED'}ikke begyndt{#is 'IN_PROGRESS'}i gang{#is 'DONE'}færdig{#is 'NOT_NEEDED'}ikke nødvendig{#else}{status}{/when}.")
    String rootCause(String status);

    @Message("{#when kind}{#is 'STANDARD'}Standardændring{#is 'EXTRA'}Ekstraordinær ændring{#is 'HOTFIX'}Hotfix{#else}Servicevindue{/when}")
    String changeKind(String kind);

    @Message("{#when result}{#is 'SUCCEEDED'}gennemført{#is 'FAILED'}fejlet{#is 'ROLLED_BACK'}rullet tilbage{#else}planlagt{/when}")
    String changeResult(String result);

    @Message("med nedetid")
    String withDowntime();

    @Message("Tilgængeligheden pr. vindue for {name} de seneste 12 måneder mod målene; tallene står i tabellen ovenfor.")
    String chartAlt(String name);

    @Message("{count} systemer")
    String systemsShown(int count);

    @Message("Driftsstatus: hændelser")
    String feedTitle();

    @Message("Driftsstatus: {name}")
    String systemFeedTitle(String name);

    @Message("{#when colour}{#is 'RED'}RØD{#is 'YELLOW'}GUL{#is 'GREEN'}GRØN{#else}{colour}{/when} {system}: {title}")
    String incidentEntryTitle(String colour, String system, String title);

    @Message("Abonnér")
    String subscribe();

    @Message("Hændelser (Atom)")
    String atomFeed();

    @Message("Servicevinduer og ændringer (iCalendar)")
    String calendarFeed();

    @Message("{#when kind}{#is 'MONTHLY_OPERATIONS'}Månedlig driftsrapport{#is 'MONTHLY_STATUS'}Månedlig driftsstatus{#is 'FAULT_LOG'}Fejllog{#is 'USAGE'}Anvendelsesrapport{#is 'ACTIVITY'}Aktivitetsrapport{#else}{kind}{/when}")
    String reportKind(String kind);
}
