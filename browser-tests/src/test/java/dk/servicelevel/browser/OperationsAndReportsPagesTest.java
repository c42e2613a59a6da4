package dk.servicelevel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import dk.servicelevel.local.DemoMonth;
import dk.servicelevel.local.ServiceProcess;
import dk.servicelevel.local.SigningKeyTestResource;
import dk.servicelevel.local.SigningKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An operator registers an incident in the console, moves it on and resolves it, and the public status page shows it; a
 * refused registration keeps what was typed; the open incidents are filtered; the operator files October 2026 in the
 * report archive, downloads its monthly operations report as PDF and reads the reports with their plots. Each reader
 * walks it in their language on their screen. All four services run as processes with the demo month loaded.
 */
class OperationsAndReportsPagesTest {

    private static final String INCIDENT_TITLE = "Login til testportalen fejler";
    private static final List<ServiceProcess> STARTED = new ArrayList<>();
    private static EmbeddedPostgres postgres;
    private static ServiceProcess incident;
    private static ServiceProcess report;

    @BeforeAll
    static void startPlatform() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        int slaPort = ServiceProcess.freePort();
        incident = start("incident-service", "incident", Map.of("WEB_LOCAL_SIGN_IN", "true",
                "QUARKUS_REST_CLIENT_SLA_SERVICE_URL", "http://localhost:" + slaPort));
        ServiceProcess sla = start("sla-service", "sla", Map.of("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident.url(),
                "BREACHES_INTERVAL", "off", ServiceProcess.PORT, String.valueOf(slaPort)));
        ServiceProcess booking = start("booking-service", "booking", Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", sla.url()));
        report = start("report-service", "report", Map.of("WEB_LOCAL_SIGN_IN", "true", "REPORTS_ARCHIVING_EVERY", "off", "STATUS_POLL_EVERY", "1s",
                "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident.url(), "QUARKUS_REST_CLIENT_SLA_SERVICE_URL", sla.url(),
                "QUARKUS_REST_CLIENT_BOOKING_SERVICE_URL", booking.url()));
        new DemoMonth(SigningKeys.in(ServiceProcess.signingKeyDirectory()), SigningKeyTestResource.TEST_ISSUER,
                Map.of("incident", incident.url(), "sla", sla.url(), "booking", booking.url())).load();
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        STARTED.forEach(ServiceProcess::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void anIncidentRegisteredAndResolvedInTheConsoleShowsOnTheStatusPage(Reader reader, @TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(reader, downloads)) {
            signIn(browser, incident, reader);
            assertThat(browser.url()).endsWith("/drift");
            browser.follow(By.linkText(reader.says("Registrér hændelse", "Register an incident")));
            browser.type(By.id("systemCode"), "NT").choose(By.id("layer"), reader.says("Applikation", "Application"))
                    .choose(By.id("category"), "1").choose(By.id("statusColour"), reader.says("RØD", "RED")).type(By.id("title"), INCIDENT_TITLE)
                    .type(By.id("description"), "Elever kan ikke logge ind; UNI-login svarer 502.");
            browser.inspect("console-register");
            browser.follow(By.id("register"));
            String id = browser.find(By.tagName("h1")).getText().split(":")[0];
            assertThat(id).matches("INC-\\d{4}-\\d{6}");
            assertThat(browser.find(By.id("state")).getText()).isEqualTo(reader.says("Registreret", "Registered"));

            browser.open(incident.url() + "/drift");
            assertThat(browser.find(By.id(id)).getText()).contains(reader.says("RØD", "RED")).contains(INCIDENT_TITLE);
            browser.inspect("console-open-incidents");

            browser.follow(By.linkText(id)).choose(By.id("nextState"), reader.says("Undersøges", "Investigating"))
                    .type(By.id("stateNote"), "Fejlsøgning i gang").follow(By.id("move"));
            assertThat(browser.find(By.id("state")).getText()).isEqualTo(reader.says("Undersøges", "Investigating"));
            browser.type(By.id("cause"), "Certifikatet til UNI-login var udløbet")
                    .type(By.id("handling"), "Nyt certifikat installeret").type(By.id("resolution"), "UNI-login genstartet")
                    .follow(By.id("resolve"));
            assertThat(browser.find(By.id("state")).getText()).isEqualTo(reader.says("Løst", "Resolved"));
            assertThat(browser.find(By.id("timeline")).getText())
                    .contains(reader.says("Registreret → Undersøges", "Registered → Investigating") + ": Fejlsøgning i gang")
                    .contains(reader.says("Undersøges → Løst", "Investigating → Resolved") + ": UNI-login genstartet")
                    .contains(reader.says("(ny tilstand)", "(state changed)"));
            browser.inspect("console-incident");
            browser.follow(By.linkText(reader.says("Rapport om større hændelse", "Major-incident report")));
            assertThat(browser.text()).contains("Certifikatet til UNI-login var udløbet").contains("Nyt certifikat installeret");
            browser.inspect("console-major-incident-report");

            LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Europe/Copenhagen")).plusDays(1).withHour(2).withMinute(0).withSecond(0).withNano(0)
                    .plusHours(reader.ordinal());
            browser.open(incident.url() + "/drift/planlagt?system=NT");
            browser.set(By.id("startAt"), tomorrow.toString()).set(By.id("endAt"), tomorrow.plusMinutes(30).toString())
                    .type(By.id("purpose"), "Akut sikkerhedsopdatering").follow(By.id("announce"));
            assertThat(browser.find(By.id("short-notice")).getText())
                    .contains(reader.says("kortere frist end aftalens 2 dage", "less notice than the agreed 2 days")).doesNotContain("sla-service");
            assertThat(browser.find(By.id("purpose")).getAttribute("value")).isEqualTo("Akut sikkerhedsopdatering");
            browser.inspect("console-service-window-short-notice");
            browser.follow(By.id("announce-anyway"));
            assertThat(browser.text()).contains("Akut sikkerhedsopdatering");

            browser.open(incident.url() + "/drift/planlagt?system=NT&month=2026-10");
            assertThat(browser.find(By.tagName("h1")).getText()).endsWith(": NT, 2026-10");
            browser.inspect("console-service-windows-and-changes");

            browser.open(report.url() + "/status/NT");
            String cause = reader.says("Årsag", "Cause") + ": Certifikatet til UNI-login var udløbet";
            assertThat(browser.reloadUntil(By.id("narrative-" + id), narrative -> narrative.getText().contains(cause), Duration.ofSeconds(60))
                    .getText()).contains(id).contains(reader.says("RØD", "RED")).contains(INCIDENT_TITLE);
            assertThat(browser.find(By.cssSelector("table.availability caption")).getText())
                    .isEqualTo("Nationale test – testportal: " + reader.says("de seneste 12 måneder", "the last 12 months"));
            browser.inspect("status-system");
            browser.open(report.url() + "/status");
            assertThat(browser.find(By.id("system-NT")).getText()).as("restored, so no longer open").doesNotContain(id)
                    .contains("Nationale test – testportal");
            browser.inspect("status");
            browser.follow(By.linkText("Nationale test – testportal"));
            assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Nationale test – testportal (NT)");
            browser.open(report.url() + "/status/NT?month=2026-10");
            assertThat(browser.find(By.cssSelector("table.availability tbody")).getText()).as("percentages written as the reader writes them")
                    .containsPattern(reader.says("\\d,\\d{3}", "\\d\\.\\d{3}") + "[ \u00a0]%")
                    .as("each window against its own target").contains(reader.says("99,469 % (under målet)", "99.469 % (below target)"));
            browser.follow(By.linkText(reader.otherLanguage()));
            assertThat(browser.url()).as("the language switch keeps the month").endsWith("month=2026-10&lang=" + reader.other().language());
            assertThat(browser.find(By.cssSelector("table.availability thead")).getAttribute("textContent"))
                    .contains(reader.other().says("Applikation, vindue A", "Application, window A"))
                    .contains(reader.other().says("mål 99,9 %", "goal 99.9 %"));
            browser.inspect("status-system-switched");
            browser.follow(By.linkText(reader.other().says("Forrige måned", "Previous month")));
            assertThat(browser.find(By.tagName("h1")).getText())
                    .isEqualTo("Nationale test – testportal (NT), " + reader.other().says("september 2026", "September 2026"));
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aRefusedRegistrationKeepsWhatWasTypedAndNamesTheField(Reader reader, @TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(reader, downloads)) {
            signIn(browser, incident, reader);
            browser.open(incident.url() + "/drift/haendelser/ny");
            browser.type(By.id("systemCode"), "NT").choose(By.id("layer"), reader.says("Infrastruktur", "Infrastructure"))
                    .choose(By.id("category"), "3").set(By.id("detectedAt"), "2099-01-01T10:00").type(By.id("title"), "Langsom login")
                    .type(By.id("description"), "Kun om morgenen").follow(By.id("register"));
            assertThat(browser.find(By.id("refusal")).getText())
                    .contains(reader.says("Formularen blev afvist", "The form was refused"));
            assertThat(browser.find(By.id("detectedAt-problem")).getText())
                    .isEqualTo(reader.says("Må ikke ligge i fremtiden.", "Must not be in the future."));
            assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("Langsom login");
            assertThat(browser.find(By.id("description")).getAttribute("value")).isEqualTo("Kun om morgenen");
            assertThat(browser.find(By.cssSelector("#layer option[selected]")).getText()).isEqualTo(reader.says("Infrastruktur", "Infrastructure"));
            assertThat(browser.find(By.cssSelector("#category option[selected]")).getText()).isEqualTo("3");
            browser.inspect("console-register-refused");

            browser.set(By.id("detectedAt"), "2026-10-01T10:00").type(By.id("title"), " ").follow(By.id("register"));
            assertThat(browser.find(By.id("title-problem")).getText()).isEqualTo(reader.says("Skal udfyldes.", "Must be filled in."));
            assertThat(browser.find(By.id("description")).getAttribute("value")).isEqualTo("Kun om morgenen");
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void theOpenIncidentsAreFilteredByColourAndTheLanguageSwitchKeepsTheFilter(Reader reader, @TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(reader, downloads)) {
            signIn(browser, incident, reader);
            browser.open(incident.url() + "/drift");
            browser.chooseValue(By.id("colour"), "YELLOW").follow(By.id("show"));
            assertThat(browser.url()).contains("colour=YELLOW");
            assertThat(browser.find(By.id("count")).getText()).matches(reader.says("\\d+ af \\d+ åbne hændelser", "\\d+ of \\d+ open incidents"));
            browser.inspect("console-open-incidents-filtered");
            browser.follow(By.linkText(reader.otherLanguage()));
            assertThat(browser.url()).as("the language switch keeps the filter").contains("colour=YELLOW")
                    .endsWith("lang=" + reader.other().language());
            assertThat(browser.find(By.id("count")).getText())
                    .matches(reader.other().says("\\d+ af \\d+ åbne hændelser", "\\d+ of \\d+ open incidents"));
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void theMonthIsFiledAndItsReportsReadInTheReadersLanguage(Reader reader, @TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(reader, downloads)) {
            signIn(browser, report, reader);
            assertThat(browser.url()).endsWith("/arkiv");
            browser.type(By.id("month"), "2026-10").follow(By.id("file"));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText())
                    .isEqualTo(reader.says("Månedens rapporter er arkiveret.", "The month's reports are filed."));
            String operationsReport = reader.says("Månedlig driftsrapport", "Monthly operations report");
            assertThat(browser.find(By.id("reports")).getText()).contains(operationsReport).contains("2026-10")
                    .as("the newest version marked, each checksum shown").contains(reader.says("nyeste", "newest"))
                    .containsPattern("[0-9a-f]{64}");
            browser.inspect("archive");

            browser.click(By.xpath("//tr[td[1]='" + operationsReport + "']//a[text()='pdf']"));
            Path pdf = browser.downloaded(".pdf", Duration.ofSeconds(60));
            assertThat(pdf.getFileName().toString()).contains("2026-10");
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            browser.open(report.url() + "/api/v1/reports/monthly-operations?month=2026-10&format=html");
            assertThat(browser.find(By.tagName("h1")).getText()).as("the browser's language chooses the report's").isEqualTo(operationsReport);
            assertThat(browser.text()).contains(reader.says("Samlet status", "Overall status"),
                    reader.says("Applikation, vindue A", "Application, window A"),
                    reader.says("Tilgængelighed pr. vindue og måned", "Availability per window and month"),
                    reader.says("Servicevinduer (planlagt nedetid)", "Service windows (planned downtime)"),
                    reader.says("Ændringer", "Changes")).doesNotContain("APPLICATION", reader.other().says("Månedlig", "Monthly"));
            assertThat(browser.find(By.cssSelector("img[alt='NT: " + reader.says("nedetid i den aftalte tid efter årsag (timer)",
                    "downtime in the agreed time by cause (hours)") + "']")).isDisplayed()).isTrue();
            browser.inspect("monthly-operations-report");

            browser.open(report.url() + "/api/v1/reports/monthly-status?month=2026-10&format=html");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(reader.says("Månedlig driftsstatus", "Monthly status"));
            browser.inspect("monthly-status-report");
        }
    }

    private static void signIn(Browser browser, ServiceProcess service, Reader reader) {
        browser.open(service.url() + "/logind").choose(By.id("role"), reader.says("Driftsleverandør", "Operations vendor"))
                .follow(By.cssSelector("form button[type=submit]"));
    }

    private static ServiceProcess start(String service, String database, Map<String, String> environment) {
        ServiceProcess started = ServiceProcess.startWith(service, postgres, database, environment);
        STARTED.add(started);
        return started;
    }
}
