package dk.servicelevel.incident.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The operations console's texts in Danish; {@code messages/o_en.properties} has them in English. */
@MessageBundle(value = "o", locale = "da")
public interface ConsoleTexts {

    @Message("Driftskonsol")
    String appTitle();

    @Message("Åbne hændelser")
    String openIncidents();

    @Message("Registrér hændelse")
    String register();

    @Message("Service-vinduer og ændringer")
    String planned();

    @Message("Ingen åbne hændelser.")
    String noneOpen();

    @Message("Hændelse")
    String incident();

    @Message("System")
    String system();

    @Message("Lag")
    String layer();

    @Message("Miljø")
    String environment();

    @Message("Kategori")
    String category();

    @Message("Farve")
    String colour();

    @Message("Tilstand")
    String state();

    @Message("Titel")
    String title();

    @Message("Beskrivelse")
    String description();

    @Message("Opdaget")
    String detectedAt();

    @Message("Kendt siden")
    String known();

    @Message("Reaktion senest")
    String acknowledgeBy();

    @Message("Genopretning senest")
    String restoreBy();

    @Message("overskredet")
    String overdue();

    @Message("Større hændelse")
    String major();

    @Message("Rapport om større hændelse")
    String majorReport();

    @Message("Tidslinje")
    String timeline();

    @Message("Tilføj note")
    String addNote();

    @Message("Note")
    String note();

    @Message("Løs hændelsen")
    String resolve();

    @Message("Normal drift genoprettet")
    String restoredAt();

    @Message("Handlingen blev afvist")
    String refused();

    @Message("Kategorien for en løst hændelse ændres kun med en begrundelse til tidslinjen.")
    String reasonNeeded();

    @Message("Angiv, hvornår fejlen blev opdaget.")
    String whenKnownNeeded();

    @Message("En anden har ændret hændelsen, siden siden blev åbnet. Den vises nu, som den er; foretag ændringen igen.")
    String changedMeanwhile();

    @Message("Hændelsen kan ikke ændres sådan i sin nuværende tilstand.")
    String notPossibleNow();

    @Message("(genåbnet; den var genoprettet {restoredAt})")
    String reopened(String restoredAt);


    @Message("Vis")
    String show();

    @Message("Måned")
    String month();

    @Message("Fra")
    String from();

    @Message("Til")
    String to();

    @Message("Hvad")
    String what();

    @Message("Intet planlagt i måneden.")
    String nonePlanned();

    @Message("{kind == 'CHANGE' ? 'Ændring' : 'Service-vindue'}")
    String plannedKind(String kind);

    @Message("Årsag")
    String cause();

    @Message("Håndtering")
    String handling();

    @Message("Hvornår")
    String whenHeading();

    @Message("Hvordan")
    String howHeading();

    @Message("Hvad")
    String whatHeading();

    @Message("Hvorfor")
    String whyHeading();

    @Message("Konsekvenser for brugerne")
    String consequences();

    @Message("Forebyggende handlinger")
    String preventive();

    @Message("Varighed, minutter")
    String outageMinutes();

    @Message("Opdaget via")
    String detectedBy();

    @Message("Ansvarlig")
    String manager();

    @Message("Rodårsagsanalyse")
    String rca();

    @Message("Skift tilstand")
    String changeState();

    @Message("Ny tilstand")
    String nextState();

    @Message("Opdatér")
    String update();

    @Message("Begrundelse for ændret kategori (kræves efter løsning)")
    String categoryReason();

    @Message("Første aktivitet (reaktion)")
    String acknowledgedAt();

    @Message("Varsl et service-vindue")
    String announceWindow();

    @Message("Formål")
    String purpose();

    @Message("Brugerne varslet")
    String announcedAt();

    @Message("{#when how}{#is 'MONITORING'}Overvågningen{#is 'USER_REPORT'}Brugerhenvendelse{#else}{how}{/when}")
    String detectionName(String how);

    @Message("{#when status}{#is 'NOT_STARTED'}Ikke startet{#is 'IN_PROGRESS'}I gang{#is 'DONE'}Færdig{#is 'NOT_NEEDED'}Ikke nødvendig{#else}{status}{/when}")
    String rcaStatusName(String status);

    @Message("{#when state}{#is 'REGISTERED'}Registreret{#is 'INVESTIGATING'}Undersøges{#is 'MITIGATED'}Afbødet{#is 'RESOLVED'}Løst{#is 'CLOSED'}Lukket{#else}{state}{/when}")
    String stateName(String state);

    @Message("{#when environment}{#is 'PRODUCTION'}Produktion{#is 'TEST'}Test{#is 'EDUCATION'}Uddannelse{#is 'VERIFICATION'}Verifikation{#is 'OTHER'}Andet{#else}{environment}{/when}")
    String environmentName(String environment);

    @Message("Filtrér de åbne hændelser")
    String filter();

    @Message("Alle")
    String all();

    @Message("{matching} af {open} åbne hændelser")
    String shownOf(int matching, int open);

    @Message("genoprettet {at}, ikke løst")
    String restoredNotResolved(String at);

    @Message("Sider")
    String pages();

    @Message("Forrige side")
    String previousPage();

    @Message("Næste side")
    String nextPage();

    @Message("Side {page} af {pages}")
    String pageOf(int page, int pages);

    @Message("{#when done}{#is 'REGISTRERET'}Hændelsen er registreret.{#else}Ændringen er gemt.{/when}")
    String confirmation(String done);

    @Message("{#when kind}{#is 'REGISTERED'}registreret{#is 'UPDATED'}opdateret{#is 'CATEGORY_CHANGED'}ny kategori{#is 'STATE_CHANGED'}ny tilstand{#is 'NOTE'}note{#else}{kind}{/when}")
    String timelineKind(String kind);

    @Message("Vinduet varsles med kortere frist end aftalens {#if days > 0}{days} {#if days == 1}dag{#else}dage{/if}{/if}{#if hours > 0} {hours} timer{/if}: det tæller da som nedetid i SLA-opgørelsen. Ret tidspunkterne herunder, eller annoncér det alligevel.")
    String shortNotice(long days, int hours);

    @Message("Annoncér alligevel")
    String announceAnyway();

    @Message("Kategori {from} → {to}")
    String categoryChange(String from, String to);

    @Message("Registreret: {title}")
    String registeredEntry(String title);

    @Message("Opdateret")
    String updatedEntry();
}
