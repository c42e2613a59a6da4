package dk.servicelevel.report.statuspage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** The feeds a status page's readers subscribe to, read back with the libraries their readers use. */
@QuarkusTest
class StatusFeedsTest {

    @ConfigProperty(name = "quarkus.rest-client.incident-service.url")
    String incidentService;

    @Test
    void anIncidentRegisteredNowIsInTheAtomFeedOfAllSystemsAndOfItsOwn() throws Exception {
        String id = given().baseUri(incidentService).auth().oauth2(AccessTokens.forRole("vendor-ops")).contentType(ContentType.JSON)
                .body(Map.of("systemCode", "FKA", "layer", "INFRASTRUCTURE", "environment", "PRODUCTION", "category", 1,
                        "statusColour", "RED", "detectedAt", Instant.now().minusSeconds(300).toString(),
                        "title", "Access control answers\u0016 502", "cause", "A load balancer lost its pool"))
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");

        SyndFeed all = atom("/feeds/incidents.atom");
        SyndEntry entry = all.getEntries().stream().filter(e -> e.getUri().equals("urn:servicelevel:incident:" + id))
                .findFirst().orElseThrow();
        assertThat(entry.getTitle()).isEqualTo("RØD FKA: Access control answers 502");
        assertThat(entry.getDescription().getValue()).contains("endnu ikke genoprettet").contains("Årsag: A load balancer lost its pool");
        assertThat(entry.getLink()).endsWith("/status/FKA");

        SyndFeed english = atom("/feeds/FKA.atom?lang=en");
        assertThat(english.getTitle()).isEqualTo("Operational status: Fælleskommunal Adgangsstyring");
        assertThat(english.getEntries()).extracting(SyndEntry::getUri).contains("urn:servicelevel:incident:" + id);
        assertThat(english.getEntries().get(0).getDescription().getValue()).contains("not yet restored");
    }

    @Test
    void aFeedAddressHoldingAControlCharacterIsRefusedNamingIt() {
        given().urlEncodingEnabled(false).get("/feeds/%16.atom").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("%16"));
    }

    @Test
    void twentyAnonymousFeedRequestsForCodesOfNoSystemAreRefusedAndTakeNothingDownForOthers() throws Exception {
        for (int request = 0; request < 20; request++) {
            String path = List.of("/feeds/0.ics", "/feeds/NOPE.atom", "/feeds/%1C.atom", "/feeds/%00.ics").get(request % 4);
            given().urlEncodingEnabled(false).get(path).then().statusCode(anyOf(is(400), is(404)));
        }

        assertThat(atom("/feeds/FKA.atom").getTitle()).isEqualTo("Driftsstatus: Fælleskommunal Adgangsstyring");
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("from", "2026-10-10T00:00:00+02:00")
                .queryParam("to", "2026-10-21T00:00:00+02:00").get("/api/v1/reports/fault-log").then().statusCode(200);
    }

    @Test
    void anAnnouncedServiceWindowIsAnEventInTheSystemsCalendar() throws Exception {
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long windowId = given().baseUri(incidentService).auth().oauth2(AccessTokens.forRole("vendor-ops")).contentType(ContentType.JSON)
                .body(Map.of("systemCode", "SP", "startAt", start.toString(), "endAt", start.plus(2, ChronoUnit.HOURS).toString(),
                        "purpose", "Database upgrade", "announcedAt", Instant.now().minusSeconds(60).toString()))
                .post("/api/v1/service-windows").then().statusCode(201).extract().jsonPath().getLong("id");

        String text = given().get("/feeds/SP.ics").then().statusCode(200).contentType("text/calendar").extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent window = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals("service-window-" + windowId + "@servicelevel"))
                .findFirst().orElseThrow();
        assertThat(window.getSummary().getValue()).isEqualTo("Servicevindue: Database upgrade");
        assertThat(Instant.from(window.getDateTimeStart().getDate())).isEqualTo(start);
        assertThat(Instant.from(window.getDateTimeEnd().getDate())).isEqualTo(start.plus(2, ChronoUnit.HOURS));
    }

    private static SyndFeed atom(String path) throws Exception {
        String text = given().get(path).then().statusCode(200).contentType("application/atom+xml").extract().asString();
        return new SyndFeedInput().build(new StringReader(text));
    }
}
