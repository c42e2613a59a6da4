package dk.servicelevel.report.statuspage;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jdom2.Verifier;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.source.ChangeRecord;
import dk.servicelevel.report.source.IncidentRecord;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.ServiceWindowRecord;
import dk.servicelevel.report.rendering.ReportTexts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * What people subscribe to on a status page: an Atom feed of production incidents (all systems, or one system with
 * its service windows), and an iCalendar feed of a system's announced service windows and changes for a calendar.
 */
@Path("/feeds")
@Tag(name = "Feeds", description = "Atom and iCalendar feeds of the status page, for anyone")
@PermitAll
public class StatusFeeds {

    private static final String ATOM = "application/atom+xml";
    private static final String ICALENDAR = "text/calendar";
    private static final String PRODUCT = "-//Service-level platform//Driftsstatus//DA";
    /** Dates and times in the feeds' texts, as both languages read them. */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final IncidentRecords incidents;
    private final StatusBoard board;
    private final StatusConfig config;
    private final ReportConfig reports;
    private final Clock clock;

    StatusFeeds(IncidentRecords incidents, StatusBoard board, StatusConfig config, ReportConfig reports, Clock clock) {
        this.incidents = incidents;
        this.board = board;
        this.config = config;
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    @Path("incidents.atom")
    @Produces(ATOM)
    @Operation(summary = "The production incidents of every system known in the last 30 days, newest first")
    public Uni<String> incidents(@Parameter(description = "da (default) or en") @QueryParam("lang") String lang,
            @Context UriInfo uri) {
        ReportTexts texts = texts(lang);
        Instant now = clock.instant();
        return incidents.incidents(null, now.minus(config.feedsReachBack()), now).map(found -> atom(texts.feedTitle(),
                uri.getRequestUri(), incidentEntries(found, texts, uri.getBaseUri())));
    }

    @GET
    @Path("{system}.atom")
    @Produces(ATOM)
    @Operation(summary = "A system's production incidents of the last 30 days and its service windows, newest first")
    public Uni<String> system(@PathParam("system") String system, @QueryParam("lang") String lang, @Context UriInfo uri) {
        requireSystem(system);
        ReportTexts texts = texts(lang);
        Instant now = clock.instant();
        Instant from = now.minus(config.feedsReachBack());
        return Uni.combine().all().unis(incidents.incidents(system, from, now),
                        incidents.serviceWindows(system, from, now.plus(config.feedsReachAhead())))
                .with((found, windows) -> {
                    List<SyndEntry> entries = new ArrayList<>(incidentEntries(found, texts, uri.getBaseUri()));
                    windows.forEach(window -> entries.add(entry(window, texts, uri.getBaseUri())));
                    entries.sort(Comparator.comparing(SyndEntry::getUpdatedDate).reversed());
                    return atom(texts.systemFeedTitle(board.nameOf(system)), uri.getRequestUri(), entries);
                });
    }

    @GET
    @Path("{system}.ics")
    @Produces(ICALENDAR)
    @Operation(summary = "A system's service windows and changes from 30 days ago to a year ahead, for a calendar")
    public Uni<String> planned(@PathParam("system") String system, @QueryParam("lang") String lang) {
        requireSystem(system);
        ReportTexts texts = texts(lang);
        Instant now = clock.instant();
        Instant from = now.minus(config.feedsReachBack());
        Instant to = now.plus(config.feedsReachAhead());
        return Uni.combine().all().unis(incidents.serviceWindows(system, from, to), incidents.changes(system, from, to))
                .with((windows, changes) -> {
                    Calendar calendar = new Calendar().add(new ProdId(PRODUCT)).add(ImmutableVersion.VERSION_2_0)
                            .add(ImmutableCalScale.GREGORIAN);
                    windows.forEach(window -> calendar.add(event("service-window-" + window.id(), window.startAt(), window.endAt(),
                            texts.changeKind(null) + ": " + window.purpose(), window.purpose())));
                    changes.forEach(change -> calendar.add(event("change-" + change.id(), start(change), end(change),
                            texts.changeKind(change.kind()) + ": " + change.title(),
                            change.withDowntime() ? texts.withDowntime() : "")));
                    return calendar.toString();
                });
    }

    /** A feed of a system the catalogue does not have is answered 404 here, before anyone else is asked. */
    private void requireSystem(String system) {
        if (board.knowsNoSystem(system)) {
            throw new NotFoundException("No system of the catalogue has the code " + system + ", so it has no feed");
        }
    }

    private List<SyndEntry> incidentEntries(List<IncidentRecord> found, ReportTexts texts, URI base) {
        ZoneId zone = reports.zone();
        return found.stream().filter(IncidentRecord::inProduction)
                .sorted(Comparator.comparing(StatusFeeds::lastKnown).reversed())
                .map(incident -> {
                    String when = incident.restoredAt() == null ? texts.knownFromNotRestored(written(incident.knownAt(), zone))
                            : texts.knownFromTo(written(incident.knownAt(), zone), written(incident.restoredAt(), zone));
                    String text = String.join(" ", when, nonBlank(incident.description()),
                            incident.cause() == null ? "" : texts.cause() + ": " + incident.cause(),
                            incident.handling() == null ? "" : texts.handling() + ": " + incident.handling()).strip();
                    return entry("urn:servicelevel:incident:" + incident.id(),
                            texts.incidentEntryTitle(incident.statusColour(), incident.systemCode(), incident.title()),
                            base.resolve("status/" + incident.systemCode()).toString(), incident.knownAt(), lastKnown(incident), text);
                }).toList();
    }

    private SyndEntry entry(ServiceWindowRecord window, ReportTexts texts, URI base) {
        ZoneId zone = reports.zone();
        return entry("urn:servicelevel:service-window:" + window.id(),
                texts.changeKind(null) + " " + window.systemCode() + ": " + window.purpose(),
                base.resolve("status/" + window.systemCode()).toString(), window.announcedAt(), window.announcedAt(),
                texts.period() + ": " + written(window.startAt(), zone) + " – " + written(window.endAt(), zone));
    }

    private static SyndEntry entry(String id, String title, String link, Instant published, Instant updated, String text) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id);
        entry.setTitle(xmlText(title));
        entry.setLink(link);
        entry.setPublishedDate(Date.from(published));
        entry.setUpdatedDate(Date.from(updated));
        SyndContentImpl content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(xmlText(text));
        entry.setDescription(content);
        return entry;
    }

    private String atom(String title, URI self, List<SyndEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(xmlText(title));
        feed.setUri(self.toString());
        feed.setLink(self.toString());
        feed.setAuthor(xmlText(title));
        feed.setPublishedDate(Date.from(clock.instant()));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
    }

    /**
     * The text without the characters XML 1.0 cannot hold (control characters other than tab and line breaks): a text
     * registered with one would otherwise make the whole feed unwritable, for every reader.
     */
    private static String xmlText(String text) {
        return text.codePoints().filter(Verifier::isXMLCharacter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static VEvent event(String id, Instant start, Instant end, String summary, String description) {
        return new VEvent(start, end, summary).add(new Uid(id + "@servicelevel")).add(new Description(description));
    }

    private static Instant lastKnown(IncidentRecord incident) {
        return incident.restoredAt() != null ? incident.restoredAt() : incident.knownAt();
    }

    private static Instant start(ChangeRecord change) {
        return change.actualStartAt() != null ? change.actualStartAt() : change.plannedStartAt();
    }

    private static Instant end(ChangeRecord change) {
        return change.actualEndAt() != null ? change.actualEndAt() : change.plannedEndAt();
    }

    private static String nonBlank(String text) {
        return text == null ? "" : text.strip();
    }

    private static String written(Instant instant, ZoneId zone) {
        return WRITTEN.format(instant.atZone(zone));
    }

    private static ReportTexts texts(String lang) {
        return MessageBundles.get(ReportTexts.class, Localized.Literal.of("en".equals(lang) ? "en" : "da"));
    }
}
