package dk.servicelevel.report.rendering;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the status and archive pages and of the reports in Danish; {@code messages/r_en.properties} has them in English. */
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

    @Message("{slaId} er revideret bagud: version {version} gælder fra {validFrom}, men blev registreret {recordedAt} af {recordedBy}. Begrundelse: {reason}")
    String lateRevision(String slaId, int version, String validFrom, String recordedAt, String recordedBy, String reason);

    @Message("Arkiveringen blev afvist")
    String refused();

    @Message("Skriv måneden som ÅÅÅÅ-MM, fx 2026-10.")
    String monthUnreadable();

    @Message("Måneden er ikke slut: kun en afsluttet måned arkiveres.")
    String monthNotClosed();

    @Message("{source} svarer ikke lige nu, så månedens rapporter kan ikke laves. Prøv igen om lidt.")
    String sourceSilent(String source);

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

    @Message("Opnået")
    String achieved();

    @Message("{#when type}{#is 'SERVICE_WINDOW'}Servicevindue{#else}Ændring{/when}")
    String activityType(String type);

    @Message("{name}: tilgængelighed pr. vindue mod målene")
    String availabilityAgainstGoals(String name);

    @Message("Tilgængelighed pr. vindue og måned")
    String availabilityPerWindowAndMonth();

    @Message("Månedens tilgængelighed pr. vindue")
    String availabilityThisMonth();

    @Message("Måneder under målet er markeret.")
    String belowTargetMarked();

    @Message("Booket")
    String booked();

    @Message("Nedetidsbudget tilbage (min)")
    String budgetLeftMinutes();

    @Message("Travleste time på dagen: {busiestHour}; roligste: {quietestHour}. Travleste måned i året: {busiestMonth}; roligste: {quietestMonth}.")
    String busiestAndQuietest(String busiestHour, String quietestHour, String busiestMonth, String quietestMonth);

    @Message("Travleste dag")
    String busiestDay();

    @Message("Travleste time")
    String busiestHour();

    @Message("Travleste tidsrum")
    String busiestSlot();

    @Message("Kapacitet")
    String capacity();

    @Message("Kapacitetsudnyttelse: skoledage booket tæt på kapaciteten")
    String capacityUse();

    @Message("Kategorier: 1 alvorlige fejl, 2 betydelige fejl, 3 ubetydelige fejl, 4 dokumentationsfejl (kontraktbilaget, krav 21).")
    String categories();

    @Message("Kategori")
    String categoryHeader();

    @Message("I måneden var der {changes} {#if changes == 1}ændring{#else}ændringer{/if} og {windows} {#if windows == 1}servicevindue{#else}servicevinduer{/if} i produktion.")
    String changesAndServiceWindows(long changes, long windows);

    @Message("{changes} {#if changes == 1}ændring{#else}ændringer{/if} og {windows} {#if windows == 1}servicevindue{#else}servicevinduer{/if}.")
    String changesAndWindowsCount(long changes, long windows);

    @Message("{#when layer}{#is 'APPLICATION'}Applikation{#is 'INFRASTRUCTURE'}Infrastruktur{#else}{layer}{/when}, samlet")
    String combinedOfLayer(String layer);

    @Message("antal")
    String count();

    @Message("Dato")
    String date();

    @Message("{name}: nedetid i den aftalte tid efter årsag (timer)")
    String downtimeByCause(String name);

    @Message("Nedetid (min)")
    String downtimeMinutes();

    @Message("Varighed (min)")
    String durationMinutes();

    @Message("Slut")
    String end();

    @Message("Miljø")
    String environment();

    @Message("{#when environment}{#is 'PRODUCTION'}Produktion{#is 'TEST'}Test{#is 'EDUCATION'}Uddannelse{#is 'VERIFICATION'}Verifikation{#is 'OTHER'}Andet{#else}{environment}{/when}")
    String environmentName(String environment);

    @Message("Fejl")
    String errors();

    @Message("Fejllog")
    String faultLog();

    @Message("Registrerede fejl og arbejdet med at udbedre dem")
    String faultWork();

    @Message("Fejl og afvigelser")
    String faultsAndDeviations();

    @Message("Fejl og problemer")
    String faultsAndProblems();

    @Message("{layer}: fejl")
    String faultsOfLayer(String layer);

    @Message("{count} {#if count == 1}fejl{#else}fejl{/if} registreret.")
    String faultsRegistered(int count);

    @Message("{from} til {to}")
    String fromTo(String from, String to);

    @Message("Mål")
    String goalHeader();

    @Message("Hits")
    String hits();

    @Message("Hits og besøg pr. time på dagen")
    String hitsAndVisitsPerHour();

    @Message("Hits og besøg pr. måned")
    String hitsAndVisitsPerMonth();

    @Message("Time")
    String hour();

    @Message("Timer")
    String hours();

    @Message("Aftalte timer")
    String hoursAgreed();

    @Message("Tilgængelige timer")
    String hoursAvailable();

    @Message("timer")
    String hoursAxis();

    @Message("Timer i {zone}, summeret over måneden.")
    String hoursOfZone(String zone);

    @Message("Id")
    String id();

    @Message("Hændelse")
    String incident();

    @Message("{#when state}{#is 'REGISTERED'}Registreret{#is 'INVESTIGATING'}Undersøges{#is 'MITIGATED'}Afbødet{#is 'RESOLVED'}Løst{#is 'CLOSED'}Lukket{#else}{state}{/when}")
    String incidentState(String state);

    @Message("Art")
    String kind();

    @Message("Kendt")
    String known();

    @Message("Lag")
    String layer();

    @Message("Lag og vindue")
    String layerAndWindow();

    @Message("Forklaring")
    String legendHeading();

    @Message("Belastning over døgnet")
    String loadOverTheDay();

    @Message("Belastning over året")
    String loadOverTheYear();

    @Message("Vedligehold")
    String maintenance();

    @Message("Målepunkt")
    String measuredAt();

    @Message("Månedens travleste time: {hour}. Travleste dag: {day}.")
    String monthPeaks(String hour, String day);

    @Message("Driften forløb uden hændelser i produktion.")
    String noIncidentsInProduction();

    @Message("Varslet i tide")
    String noticeKept();

    @Message("{done} af {all}")
    String ofCount(int done, int all);

    @Message("Udfald (ikke planlagt nedetid)")
    String outages();

    @Message("Samlet status")
    String overallStatus();

    @Message("{when} ({hits} hits, {visits} besøg)")
    String peak(String when, String hits, String visits);

    @Message("Spidsbelastning pr. uge")
    String peaksPerWeek();

    @Message("Pr. dag")
    String perDay();

    @Message("Pr. test")
    String perTest();

    @Message("Servicevinduer (planlagt nedetid)")
    String plannedDowntime();

    @Message("Formål")
    String purpose();

    @Message("Reaktionstid (min)")
    String reactionMinutes();

    @Message("Reference")
    String reference();

    @Message("{action} ({owner}, {due}{#if done}, udført{/if})")
    String remedyAction(String action, String owner, String due, boolean done);

    @Message("Udbedringer udført")
    String remedyActionsDone();

    @Message("Udbedringsplan")
    String remedyPlan();

    @Message("{period} ({zone}), dannet {time}")
    String reportSubtitle(String period, String zone, String time);

    @Message("Svartider")
    String responseTimes();

    @Message("Genopretning (min)")
    String restorationMinutes();

    @Message("Genoprettet")
    String restored();

    @Message("Resultat")
    String result();

    @Message("Servicevinduer (min)")
    String serviceWindowMinutes();

    @Message("{layer}: servicevinduer")
    String serviceWindowsOfLayer(String layer);

    @Message("Andel")
    String share();

    @Message("Start")
    String start();

    @Message("Tilstand")
    String state();

    @Message("Status")
    String status();

    @Message("Status er den værste farve blandt månedens hændelser i produktion.")
    String statusIsWorstColour();

    @Message("Sammendrag")
    String summary();

    @Message("Mål opfyldt")
    String targetsMet();

    @Message("Test")
    String test();

    @Message("Titel")
    String title();

    @Message("Transaktioner")
    String transactions();

    @Message("Transaktioner (målte kald) i måneden: {count}.")
    String transactionsInMonth(String count);

    @Message("{name}: transaktioner pr. time på dagen")
    String transactionsPerHourOfDay(String name);

    @Message("{name}: transaktioner pr. måned")
    String transactionsPerMonth(String name);

    @Message("Type")
    String type();

    @Message("Unikke elever")
    String uniquePupils();

    @Message("Besøg (påbegyndte testforløb): {visits}, hits: {hits}, unikke elever (pr. test): {pupils}.")
    String usageTotals(String visits, String hits, String pupils);

    @Message("Brugerklasse")
    String userClass();

    @Message("{#when userClass}{#is 'GUARANTEED'}booket (garanteret){#is 'BEST_EFFORT'}ikke booket{#else}{userClass}{/when}")
    String userClassName(String userClass);

    @Message("Besøg")
    String visits();

    @Message("Uge")
    String week();

    @Message("{window}: {achieved} (mål {goal})")
    String windowAgainstGoal(String window, String achieved, String goal);

    @Message("Inden for tærsklen")
    String withinThreshold();

    @Message("{#if yes}ja{#else}nej{/if}")
    String yesOrNo(boolean yes);

    @Message("Ingen i perioden.")
    String noneInPeriod();

    @Message("Med nedetid")
    String withDowntimeHeader();
}
