package dk.servicelevel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import dk.servicelevel.local.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A school signs in with the keyboard only, goes to the test plan's first week, books a slot for a class and sees the
 * booking; a class too big for the seats left is refused with the reason; the booking is moved and cancelled; the
 * pages switch to the other language. Each reader walks it in their language on their screen. booking-service and
 * sla-service run as processes with their own databases.
 */
class SchoolBookingPagesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String SCHOOL = "280010";
    /** A cohort of 100 pupils gives 19 seats a slot at the 2007 step: a class of 12 fits once, one of 24 never. */
    private static final int PUPILS_PER_COHORT = 100;

    private static EmbeddedPostgres postgres;
    private static ServiceProcess sla;
    private static ServiceProcess booking;
    private static LocalDate schoolDay;

    @BeforeAll
    static void startServices() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        sla = ServiceProcess.startWith("sla-service", postgres, "sla",
                Map.of("BREACHES_INTERVAL", "off", "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", "http://localhost:1"));
        booking = ServiceProcess.startWith("booking-service", postgres, "booking",
                Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", sla.url(), "WEB_LOCAL_SIGN_IN", "true"));
        LocalDate today = LocalDate.now(ZONE);
        Api.call(booking, "admin", "POST", "/api/v1/school-years", "{\"label\":\"%d-%02d\",\"startsOn\":\"%s\",\"summerHolidayStartsOn\":\"%s\"}"
                .formatted(today.getYear(), (today.getYear() + 1) % 100, today, today.plusDays(200)));
        String model = Api.call(booking, "admin", "GET", "/api/v1/capacity/model", null);
        Api.call(booking, "admin", "PUT", "/api/v1/capacity/model", model.replaceFirst("\"pupilsPerCohort\":\\d+",
                "\"pupilsPerCohort\":" + PUPILS_PER_COHORT), "If-Match", "\"0\"");
        Api.call(booking, "admin", "POST", "/api/v1/schools", "{\"institutionNumber\":\"" + SCHOOL + "\",\"name\":\"Nørre Fælled Skole\",\"municipality\":\"København\"}");
        Api.call(booking, "admin", "POST", "/api/v1/schools/" + SCHOOL + "/classes", schoolClass("4A", 24));
        Api.call(booking, "admin", "POST", "/api/v1/schools/" + SCHOOL + "/classes", schoolClass("4B", 12));
        schoolDay = IntStream.range(7, 60).mapToObj(today::plusDays).filter(SchoolBookingPagesTest::isSchoolDay).findFirst().orElseThrow();
        Api.call(booking, "admin", "POST", "/api/v1/tests", ("{\"code\":\"DANISH-READING-4\",\"subject\":\"Dansk, læsning\","
                + "\"subjectEn\":\"Danish, reading\",\"grade\":4,\"windowOpens\":\"%s\",\"windowCloses\":\"%s\"}")
                .formatted(schoolDay, schoolDay.plusWeeks(3)));
    }

    @AfterAll
    static void stopServices() throws IOException {
        if (booking != null) {
            booking.close();
        }
        if (sla != null) {
            sla.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aSchoolBooksASlotSeesItIsRefusedWhenTheClassDoesNotFitMovesAndCancels(Reader reader, @TempDir Path downloads) throws Exception {
        try (Browser browser = new Browser(reader, downloads)) {
            browser.open(booking.url() + "/skole");
            assertThat(browser.url()).as("not signed in: to the sign-in").endsWith("/logind");
            browser.inspect("sign-in");
            signInWithTheKeyboardOnly(browser, reader);
            assertThat(browser.url()).endsWith("/skole");

            browser.open(booking.url() + "/skole?test=DANISH-READING-4");
            assertThat(browser.find(By.cssSelector("#test option[selected]")).getText())
                    .isEqualTo(reader.says("Dansk, læsning, 4. klasse", "Danish, reading, grade 4") + " (DANISH-READING-4)");
            assertThat(browser.find(By.id("test-window")).getText())
                    .startsWith(reader.says("Testplanen lægger testen fra", "The test plan sets the test from"));
            browser.follow(By.id("to-test-window"));
            assertThat(browser.url()).as("the test plan's first week").endsWith("date=" + schoolDay);
            assertThat(browser.find(By.tagName("h1")).getText()).contains(reader.says("ledige tider", "free slots"));
            assertThat(browser.find(By.id("slot-" + schoolDay + "T09-00")).getText()).contains("09:00–10:00")
                    .contains(reader.says("19 af 19 pladser ledige", "19 of 19 seats free"));
            browser.inspect("school-week");
            browser.click(By.cssSelector("#slot-" + schoolDay + "T09-00 input")).choose(By.id("classId"), "4B (12)").follow(By.id("book"));

            assertThat(browser.url()).contains("/skole/bookinger");
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo(reader.says("Bookingen er gemt.", "The booking is saved."));
            assertThat(browser.find(By.cssSelector("tbody")).getText()).contains("DANISH-READING-4").contains("4B")
                    .contains(reader.says("09.00", "9:00"));
            browser.inspect("school-bookings");

            browser.open(booking.url() + "/skole?test=DANISH-READING-4&date=" + schoolDay);
            assertThat(browser.find(By.id("slot-" + schoolDay + "T09-00")).getText()).contains(reader.says("7 af 19 pladser ledige", "7 of 19 seats free"))
                    .as("the school's own booking marked").contains(reader.says("Jeres booking: 4B", "Your booking: 4B"));
            browser.click(By.cssSelector("#slot-" + schoolDay + "T09-00 input")).choose(By.id("classId"), "4A (24)").follow(By.id("book"));
            assertThat(browser.find(By.id("refusal")).getText()).contains(reader.says("Bookingen blev afvist", "The booking was refused"))
                    .contains(reader.says("Tiden har kun 7 ledige pladser; klassen skal bruge 24.", "The slot has only 7 seats free; the class needs 24."));
            assertThat(browser.find(By.cssSelector("#slot-" + schoolDay + "T09-00 input")).isSelected()).as("the slot kept").isTrue();
            assertThat(browser.find(By.cssSelector("#classId option[selected]")).getText()).as("the class kept").isEqualTo("4A (24)");
            browser.inspect("school-refused");

            browser.open(booking.url() + "/skole/bookinger").follow(By.cssSelector("tbody a[href*='flyt=']"));
            assertThat(browser.find(By.id("moving")).getText()).contains("4B").contains("DANISH-READING-4");
            browser.inspect("school-move");
            browser.click(By.cssSelector("#slot-" + schoolDay + "T10-00 input")).follow(By.id("move"));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo(reader.says("Bookingen er flyttet.", "The booking is moved."));
            assertThat(browser.find(By.cssSelector("tbody")).getText()).contains("10" + reader.says(".", ":") + "00");

            browser.follow(By.cssSelector("tbody a[href$='/aflys']"));
            assertThat(browser.find(By.id("cancel-what")).getText()).contains("4B").contains("DANISH-READING-4");
            browser.inspect("school-cancel");
            browser.follow(By.id("cancel"));
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).isEqualTo(reader.says("Bookingen er aflyst.", "The booking is cancelled."));
            assertThat(browser.text()).contains(reader.says("Skolen har ingen bookinger endnu.", "The school has no bookings yet."));

            browser.follow(By.linkText(reader.otherLanguage()));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(reader.says("The school's bookings", "Skolens bookinger"));
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(reader.says("en", "da"));
        }
    }

    /** Tab reaches the skip link first, Enter on it leads into the content, whose first field is the role. */
    private static void signInWithTheKeyboardOnly(Browser browser, Reader reader) {
        browser.press(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo(reader.says("Gå til indholdet", "Skip to the content"));
        browser.press(Keys.ENTER, Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("role");
        assertThat(browser.focused().getDomProperty("value")).as("the role first offered").isEqualTo("school");
        browser.press(Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("school");
        browser.press(SCHOOL).pressToFollow(Keys.ENTER);
    }

    private static boolean isSchoolDay(LocalDate day) {
        try {
            return Api.send(booking, "admin", "GET", "/api/v1/slots?date=" + day, null).statusCode() == 200;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String schoolClass(String name, int pupils) {
        return "{\"name\":\"%s\",\"grade\":4,\"pupils\":[%s]}".formatted(name, IntStream.rangeClosed(1, pupils)
                .mapToObj(n -> "\"" + SCHOOL + "-" + name.toLowerCase() + "-" + n + "\"").collect(Collectors.joining(",")));
    }
}
