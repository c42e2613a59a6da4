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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import dk.servicelevel.local.DemoMonth;
import dk.servicelevel.local.ServiceProcess;
import dk.servicelevel.local.SigningKeyTestResource;
import dk.servicelevel.local.SigningKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An operator registers an incident in the console, moves it on and resolves it, and the public status page shows it; the
 * operator files October 2026 in the report archive, downloads its monthly operations report as PDF and reads it in
 * Danish with its plots. All four services run as processes with the demo month loaded.
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

    @Test
    void anIncidentRegisteredAndResolvedInTheConsoleShowsOnTheStatusPage(@TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(downloads)) {
            signIn(browser, incident, "Driftsleverandør");
            assertThat(browser.url()).endsWith("/drift");
            browser.follow(By.linkText("Registrér hændelse"));
            browser.type(By.id("systemCode"), "NT").choose(By.id("layer"), "Applikation").choose(By.id("category"), "1")
                    .choose(By.id("statusColour"), "RØD").type(By.id("title"), INCIDENT_TITLE)
                    .type(By.id("description"), "Elever kan ikke logge ind; UNI-login svarer 502.");
            browser.inspect("console-register");
            browser.follow(By.id("register"));
            String id = browser.find(By.tagName("h1")).getText().split(":")[0];
            assertThat(id).matches("INC-\\d{4}-\\d{6}");
            assertThat(browser.find(By.id("state")).getText()).isEqualTo("Registreret");

            browser.open(incident.url() + "/drift");
            assertThat(browser.find(By.id(id)).getText()).contains("RØD").contains(INCIDENT_TITLE);
            browser.inspect("console-open-incidents");

            browser.follow(By.linkText(id)).choose(By.id("nextState"), "Undersøges").type(By.id("stateNote"), "Fejlsøgning i gang")
                    .follow(By.id("move"));
            assertThat(browser.find(By.id("state")).getText()).isEqualTo("Undersøges");
            browser.type(By.id("cause"), "Certifikatet til UNI-login var udløbet")
                    .type(By.id("handling"), "Nyt certifikat installeret").type(By.id("resolution"), "UNI-login genstartet")
                    .follow(By.id("resolve"));
            assertThat(browser.find(By.id("state")).getText()).isEqualTo("Løst");
            assertThat(browser.find(By.id("timeline")).getText()).contains("Registreret → Undersøges: Fejlsøgning i gang")
                    .contains("Undersøges → Løst: UNI-login genstartet").contains("(ny tilstand)");
            browser.inspect("console-incident");
            browser.follow(By.linkText("Rapport om større hændelse"));
            assertThat(browser.text()).contains("Certifikatet til UNI-login var udløbet").contains("Nyt certifikat installeret");
            browser.inspect("console-major-incident-report");

            LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Europe/Copenhagen")).plusDays(1).withHour(2).withMinute(0).withSecond(0).withNano(0);
            browser.open(incident.url() + "/drift/planlagt?system=NT");
            browser.set(By.id("startAt"), tomorrow.toString()).set(By.id("endAt"), tomorrow.plusHours(1).toString())
                    .type(By.id("purpose"), "Akut sikkerhedsopdatering").follow(By.id("announce"));
            assertThat(browser.find(By.id("short-notice")).getText()).contains("kortere frist end aftalens 2 dage");
            assertThat(browser.find(By.id("purpose")).getAttribute("value")).isEqualTo("Akut sikkerhedsopdatering");
            browser.inspect("console-service-window-short-notice");
            browser.follow(By.id("announce-anyway"));
            assertThat(browser.text()).contains("Akut sikkerhedsopdatering");

            browser.open(incident.url() + "/drift/planlagt?system=NT&month=2026-10");
            assertThat(browser.find(By.tagName("h1")).getText()).contains("NT, 2026-10");
            browser.inspect("console-service-windows-and-changes");

            browser.open(report.url() + "/status");
            assertThat(browser.reloadUntil(By.id("system-NT"), row -> !row.getText().contains(id) && !row.getText().contains("beregnes"),
                    Duration.ofSeconds(60)).getText()).as("restored, so no longer open").contains("Nationale test – testportal");
            browser.inspect("status");
            browser.follow(By.linkText("Nationale test – testportal"));
            assertThat(browser.reloadUntil(By.id("narrative-" + id), Duration.ofSeconds(60)).getText()).contains(id)
                    .contains("RØD").contains(INCIDENT_TITLE).contains("Årsag: Certifikatet til UNI-login var udløbet");
            assertThat(browser.find(By.cssSelector("table.availability caption")).getText())
                    .isEqualTo("Nationale test – testportal: de seneste 12 måneder");
            browser.inspect("status-system");
            browser.open(report.url() + "/status/NT?month=2026-10");
            assertThat(browser.find(By.cssSelector("table.availability tbody")).getText()).as("percentages with a decimal comma")
                    .containsPattern("\\d,\\d{3}[ \u00a0]%").doesNotContainPattern("\\d\\.\\d{3}[ \u00a0]%")
                    .as("each window against its own target").contains("99,469 % (under målet)");
            browser.follow(By.linkText("English"));
            assertThat(browser.url()).as("the language switch keeps the month").endsWith("month=2026-10&lang=en");
            assertThat(browser.find(By.cssSelector("table.availability thead")).getText()).contains("Application, window A")
                    .contains("goal 99.9 %");
            browser.inspect("status-system-english");
            browser.follow(By.linkText("Previous month"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Nationale test – testportal (NT), September 2026");
        }
    }

    @Test
    void aRefusedRegistrationKeepsWhatWasTypedAndNamesTheFieldInDanishAndInEnglish(@TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(downloads)) {
            signIn(browser, incident, "Driftsleverandør");
            browser.open(incident.url() + "/drift/haendelser/ny");
            browser.type(By.id("systemCode"), "NT").choose(By.id("layer"), "Infrastruktur").choose(By.id("category"), "3")
                    .set(By.id("detectedAt"), "2099-01-01T10:00").type(By.id("title"), "Langsom login")
                    .type(By.id("description"), "Kun om morgenen").follow(By.id("register"));
            assertThat(browser.find(By.id("detectedAt-problem")).getText()).isEqualTo("Må ikke ligge i fremtiden.");
            assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("Langsom login");
            assertThat(browser.find(By.id("description")).getAttribute("value")).isEqualTo("Kun om morgenen");
            assertThat(browser.find(By.cssSelector("#layer option[selected]")).getText()).isEqualTo("Infrastruktur");
            assertThat(browser.find(By.cssSelector("#category option[selected]")).getText()).isEqualTo("3");
            browser.inspect("console-register-refused");

            browser.open(incident.url() + "/drift/haendelser/ny?lang=en");
            browser.type(By.id("systemCode"), "NT").type(By.id("title"), " ").follow(By.id("register"));
            assertThat(browser.find(By.id("title-problem")).getText()).isEqualTo("Must be filled in.");
            assertThat(browser.find(By.id("refusal")).getText()).contains("The form was refused");
            browser.inspect("console-register-refused-english");
        }
    }

    @Test
    void theOpenIncidentsAreFilteredByColour(@TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(downloads)) {
            signIn(browser, incident, "Driftsleverandør");
            browser.open(incident.url() + "/drift");
            browser.chooseValue(By.id("colour"), "YELLOW").follow(By.id("show"));
            assertThat(browser.url()).contains("colour=YELLOW");
            assertThat(browser.find(By.id("count")).getText()).matches("\\d+ af \\d+ åbne hændelser");
            browser.follow(By.linkText("English"));
            assertThat(browser.url()).as("the language switch keeps the filter").contains("colour=YELLOW").endsWith("lang=en");
            assertThat(browser.find(By.id("count")).getText()).matches("\\d+ of \\d+ open incidents");
        }
    }

    @Test
    void theMonthIsFiledAndItsMonthlyOperationsReportDownloadedAsPdf(@TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(downloads)) {
            signIn(browser, report, "Driftsleverandør");
            assertThat(browser.url()).endsWith("/arkiv");
            browser.type(By.id("month"), "2026-10").follow(By.id("file"));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo("Månedens rapporter er arkiveret.");
            assertThat(browser.find(By.id("reports")).getText()).contains("Månedlig driftsrapport").contains("2026-10")
                    .as("the newest version marked, each checksum shown").contains("nyeste").containsPattern("[0-9a-f]{64}");
            browser.inspect("archive");

            browser.click(By.xpath("//tr[td[1]='Månedlig driftsrapport']//a[text()='pdf']"));
            Path pdf = browser.downloaded(".pdf", Duration.ofSeconds(60));
            assertThat(pdf.getFileName().toString()).contains("2026-10");
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            browser.open(report.url() + "/api/v1/reports/monthly-operations?month=2026-10&format=html&lang=da");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Månedlig driftsrapport");
            assertThat(browser.text()).contains("Samlet status", "Applikation, vindue A", "Tilgængelighed pr. vindue og måned",
                    "Servicevinduer (planlagt nedetid)", "Ændringer").doesNotContain("APPLICATION", "Monthly");
            assertThat(browser.find(By.cssSelector("img[alt='NT: nedetid i den aftalte tid efter årsag (timer)']")).isDisplayed()).isTrue();
            browser.inspect("monthly-operations-report");

            browser.open(report.url() + "/api/v1/reports/monthly-status?month=2026-10&format=html&lang=en");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Monthly status");
            browser.inspect("monthly-status-report");
        }
    }

    private static void signIn(Browser browser, ServiceProcess service, String role) {
        browser.open(service.url() + "/logind").choose(By.id("role"), role).follow(By.cssSelector("form button[type=submit]"));
    }

    private static ServiceProcess start(String service, String database, Map<String, String> environment) {
        ServiceProcess started = ServiceProcess.startWith(service, postgres, database, environment);
        STARTED.add(started);
        return started;
    }
}
