package dk.servicelevel.booking.web;

import static dk.servicelevel.booking.BookingFixtures.TEST;
import static dk.servicelevel.booking.BookingFixtures.asSchool;
import static dk.servicelevel.booking.BookingFixtures.booking;
import static dk.servicelevel.booking.BookingFixtures.newClass;
import static dk.servicelevel.booking.BookingFixtures.newSchool;
import static dk.servicelevel.booking.BookingFixtures.schoolYearAndTest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.local.PageForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The school pages over HTTP: each refusal is said in the reader's language; the browser tests drive the pages in Chromium. */
@QuarkusTest
class SchoolPagesTest {

    private static final String SERVICE = "booking-service";
    private static final String HTML = "text/html";
    /** Tuesday 4 May 2027, 09:00 in Copenhagen: a school day's slot. */
    private static final String NINE = "2027-05-04T07:00:00Z";
    private static final String TEN = "2027-05-04T08:00:00Z";
    /** Saturday 8 May 2027. */
    private static final String SATURDAY = "2027-05-08T07:00:00Z";
    /** Tuesday 3 August 2027, in the summer holiday after the school year. */
    private static final String SUMMER = "2027-08-03T07:00:00Z";

    @BeforeEach
    void schoolYear() {
        schoolYearAndTest();
    }

    @Test
    void aRefusedBookingIsShownAgainWithTheReasonInTheReadersLanguage() {
        String school = newSchool();
        long fifthGrade = asSchool(school).body(Map.of("name", "5A", "grade", 5, "pupils", List.of("p-" + school + "-5a-1")))
                .post("/api/v1/schools/{school}/classes", school).then().statusCode(201).extract().jsonPath().getLong("id");

        book(form(school), fifthGrade, NINE).then().statusCode(422).contentType(HTML)
                .body(containsString("Testen er for 4. klasse; klassen går i 5. klasse."));
        book(form(school).cookie("lang", "en"), fifthGrade, NINE).then().statusCode(422)
                .body(containsString("The test is for grade 4; the class is in grade 5."));
        long fourthGrade = newClass(school, 3);
        book(form(school), fourthGrade, SATURDAY).then().statusCode(422)
                .body(containsString("Der begynder ingen tid på det valgte tidspunkt."));
        book(form(school), fourthGrade, SUMMER).then().statusCode(422)
                .body(containsString("Der er ingen tider den 3. august 2027: det er ikke en skoledag i et skoleår."));
        book(form(school), fifthGrade, "09:00").then().statusCode(422).body(containsString("Vælg en tid og en klasse."));
    }

    @Test
    void aRefusedBookingKeepsTheWeekTheClassAndTheSlotChosen() {
        String school = newSchool();
        long fourthGrade = newClass(school, 4);
        newClass(school, 2);
        book(form(school), fourthGrade, NINE).then().statusCode(303);
        // after 1 April one sitting (Krav 5): the second booking of the class is refused
        book(form(school).formParam("again", true), fourthGrade, TEN).then().statusCode(422)
                .body(containsString("value=\"" + TEN + "\" checked"), containsString("<option value=\"" + fourthGrade + "\" selected>"),
                        containsString("name=\"date\" value=\"2027-05-03\""));
    }

    @Test
    void theWeekSaysWhyADayHasNoSlotsWhichAreFullOrBegunAndWhichAreTheSchoolsOwn() {
        String school = newSchool();
        asSchool(school).body(booking(newClass(school, 4), "2027-05-04T09:00:00+02:00")).post("/api/v1/bookings").then().statusCode(201);
        page(school).get("/skole?test=DANISH-READING-4&date=2027-05-06").then().statusCode(200)
                .body(containsString("Helligdag: ingen tider"), containsString("Jeres booking: 4"));
        page(school).cookie("lang", "en").get("/skole?test=DANISH-READING-4&date=2026-12-01").then().statusCode(200)
                .body(containsString("Begun: cannot be booked"));
    }

    @Test
    void theWeekNamesTheTestInTheReadersLanguageAndLeadsToTheWeeksOfTheTestPlan() {
        String school = newSchool();
        page(school).get("/skole?test=DANISH-READING-4&date=2027-01-12").then().statusCode(200)
                .body(containsString(">Dansk, læsning, 4. klasse (DANISH-READING-4)</option>"),
                        containsString("Testplanen lægger testen fra 3. maj 2027 til 28. maj 2027."),
                        containsString("id=\"to-test-window\" href=\"/skole?test=DANISH-READING-4&amp;date=2027-05-03\""));
        page(school).cookie("lang", "en").get("/skole?test=DANISH-READING-4&date=2027-05-26").then().statusCode(200)
                .body(containsString(">Danish, reading, grade 4 (DANISH-READING-4)</option>"),
                        containsString("The test plan sets the test from May 3, 2027 to May 28, 2027."),
                        not(containsString("to-test-window")));
    }

    @Test
    void aClassBookedForTheTestAlreadyIsAskedAboutBeforeTheSittingRuleDecides() {
        String school = newSchool();
        long fourthGrade = newClass(school, 4);
        book(form(school), fourthGrade, "2027-03-16T08:00:00Z").then().statusCode(303);
        book(form(school), fourthGrade, "2027-03-17T08:00:00Z").then().statusCode(409)
                .body(containsString(" har allerede en booking til testen: "), containsString("id=\"book-again\""));
        // until 1 April each pupil may sit the test twice (Krav 5): the school may book the class a second time
        book(form(school).formParam("again", true), fourthGrade, "2027-03-17T08:00:00Z").then().statusCode(303);
    }

    /** After 1 April one sitting: a class booked once is not offered a second booking that can only be refused. */
    @Test
    void aClassWhosePupilsHaveUsedTheirSittingsIsNotOfferedToBookAgain() {
        String school = newSchool();
        long fourthGrade = newClass(school, 4);
        book(form(school), fourthGrade, NINE).then().statusCode(303);
        book(form(school), fourthGrade, "2027-05-04T08:00:00Z").then().statusCode(409)
                .body(containsString(" har allerede en booking til testen: "), containsString("Alle klassens elever har taget eller er booket"),
                        not(containsString("id=\"book-again\"")), containsString("href=\"/skole/bookinger\""));
        // sent anyway (an old page), the sitting rule refuses it and says where the bookings are
        book(form(school).formParam("again", true), fourthGrade, "2027-05-04T08:00:00Z").then().statusCode(422)
                .body(containsString("har allerede taget eller er booket til testen så mange gange"), containsString("står under Skolens bookinger"),
                        not(matchesPattern("(?s).*booking [0-9]+.*")));
    }

    /** A class of another grade is refused only after "Book"; the page offers the classes of the test's grade only. */
    @Test
    void theWeekOffersTheClassesOfTheTestsGradeAndSaysSoWhenTheSchoolHasNone() {
        String school = newSchool();
        long fourthGrade = newClass(school, 4);
        long seventhGrade = asSchool(school).body(Map.of("name", "7X", "grade", 7, "pupils", List.of("p-" + UUID.randomUUID())))
                .post("/api/v1/schools/{school}/classes", school).then().statusCode(201).extract().jsonPath().getLong("id");

        page(school).get("/skole?test=DANISH-READING-4&date=2027-05-04").then().statusCode(200)
                .body(containsString("<option value=\"" + fourthGrade + "\""), not(containsString("<option value=\"" + seventhGrade + "\"")),
                        containsString("id=\"book\""), not(containsString("no-class-of-the-grade")));
        given().auth().oauth2(AccessTokens.forRole("admin")).contentType("application/json").body(Map.of("code", "MATHEMATICS-3",
                "subject", "Matematik", "subjectEn", "Mathematics", "grade", 3, "windowOpens", "2027-05-03", "windowCloses", "2027-05-28"))
                .post("/api/v1/tests").then().statusCode(anyOf(is(201), is(409)));
        page(school).get("/skole?test=MATHEMATICS-3&date=2027-05-04").then().statusCode(200)
                .body(containsString("id=\"no-class-of-the-grade\""), containsString("Skolen har ingen klasse på det klassetrin"),
                        not(containsString("id=\"book\"")));
    }

    @Test
    void aBookingIsCancelledOnlyAfterTheSchoolConfirmsIt() {
        String school = newSchool();
        long id = asSchool(school).body(booking(newClass(school, 4), "2027-05-04T09:00:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        page(school).get("/skole/bookinger").then().statusCode(200).body(containsString("href=\"/skole/bookinger/" + id + "/aflys\""));
        page(school).get("/skole/bookinger/{id}/aflys", id).then().statusCode(200)
                .body(containsString("til Dansk, læsning, 4. klasse (DANISH-READING-4)"), containsString("Aflys bookingen af 4"), containsString("Ja, aflys bookingen"));
        asSchool(school).get("/api/v1/bookings/{id}", id).then().statusCode(200).body("state", equalTo("ACTIVE"));
    }

    @Test
    void aChangeIsRefusedWhenTheBookingChangedMeanwhileIsCancelledOrIsNotThere() {
        String school = newSchool();
        long id = asSchool(school).body(booking(newClass(school, 4), "2027-05-04T09:00:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        cancel(school, id, 3).then().statusCode(412).contentType(HTML)
                .body(containsString("Bookingen er ændret i mellemtiden; se den igen og gentag ændringen."));
        cancel(school, id, 0).then().statusCode(303).header("Location", endsWith("/skole/bookinger?notice=cancelled"));
        cancel(school, id, 1).then().statusCode(422).body(containsString("Bookingen er allerede aflyst."));
        form(school).formParam("version", 0).formParam("slotStart", "2027-05-04T10:00").post("/skole/bookinger/{id}/flyt", Long.MAX_VALUE)
                .then().statusCode(404).body(containsString("Bookingen findes ikke."));
    }

    @Test
    void aBookingIsMovedToAnotherSlotOfTheDay() {
        String school = newSchool();
        long id = asSchool(school).body(booking(newClass(school, 4), "2027-05-04T09:00:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        form(school).formParam("version", 0).formParam("slotStart", "2027-05-04T11:00").post("/skole/bookinger/{id}/flyt", id)
                .then().statusCode(303).header("Location", endsWith("/skole/bookinger?notice=moved"));
        asSchool(school).get("/api/v1/bookings/{id}", id).then().statusCode(200)
                .body("slotStart", equalTo("2027-05-04T09:00:00Z"), "version", equalTo(1));
        page(school).get("/skole/bookinger?notice=moved").then().statusCode(200)
                .body(containsString("Bookingen er flyttet."), containsString("href=\"/skole?flyt=" + id + "&amp;date=2027-05-04\""));
    }

    @Test
    void aBookingIsMovedByPickingAFreeSlotOfTheWeek() {
        String school = newSchool();
        long id = asSchool(school).body(booking(newClass(school, 4), "2027-05-04T09:00:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        // the class's pupils have used their one sitting after 1 April with this booking, which a move carries along
        page(school).get("/skole?test=DANISH-READING-4&date=2027-05-04").then().statusCode(200).body(containsString("id=\"sittings-used\""));
        page(school).get("/skole?flyt={id}&date=2027-05-04", id).then().statusCode(200)
                .body(containsString("id=\"moving\""), containsString("action=\"/skole/bookinger/" + id + "/flyt\""),
                        containsString("id=\"move\""), not(containsString("id=\"sittings-used\"")));
        form(school).formParam("version", 0).formParam("slotStart", "2027-05-05T08:00:00Z").post("/skole/bookinger/{id}/flyt", id)
                .then().statusCode(303).header("Location", endsWith("/skole/bookinger?notice=moved"));
        asSchool(school).get("/api/v1/bookings/{id}", id).then().statusCode(200).body("slotStart", equalTo("2027-05-05T08:00:00Z"));
        page(school).get("/skole?flyt={id}", Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void theWeekWarnsOfClassesWhosePupilsHaveUsedTheirSittingsOfTheTest() {
        String school = newSchool();
        long schoolClass = newClass(school, 3);
        String className = asSchool(school).get("/api/v1/schools/{school}/classes", school).then().statusCode(200)
                .extract().path("find { it.id == " + schoolClass + " }.name");
        page(school).queryParam("test", TEST).queryParam("date", "2027-05-10").get("/skole")
                .then().statusCode(200).body(not(containsString("id=\"sittings-used\"")));

        asSchool(school).body(booking(schoolClass, "2027-05-04T09:00:00+02:00")).post("/api/v1/bookings").then().statusCode(201);

        page(school).queryParam("test", TEST).queryParam("date", "2027-05-10").get("/skole")
                .then().statusCode(200).body(containsString("id=\"sittings-used\""), containsString(className + ": 3 af 3 elever"));
        page(school).cookie("lang", "en").queryParam("test", TEST).queryParam("date", "2027-01-11").get("/skole")
                .then().statusCode(200).body(not(containsString("id=\"sittings-used\"")));
    }

    private static RequestSpecification page(String school) {
        return given().redirects().follow(false).cookie(PageForms.signInCookie(SERVICE), AccessTokens.forSchool(school));
    }

    /** A form as the school's own page sends it. */
    private static RequestSpecification form(String school) {
        return page(school).cookie(PageForms.antiForgeryCookie(SERVICE), PageForms.ANTI_FORGERY_TOKEN)
                .formParam(PageForms.ANTI_FORGERY_FIELD, PageForms.ANTI_FORGERY_TOKEN);
    }

    private static Response book(RequestSpecification page, long classId, String slotStart) {
        return page.formParam("test", TEST).formParam("classId", classId).formParam("slotStart", slotStart).post("/skole/bookinger");
    }

    private static Response cancel(String school, long id, long version) {
        return form(school).formParam("version", version).post("/skole/bookinger/{id}/aflys", id);
    }
}
