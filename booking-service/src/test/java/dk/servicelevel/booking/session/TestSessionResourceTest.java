package dk.servicelevel.booking.session;

import static dk.servicelevel.booking.BookingFixtures.TEST;
import static dk.servicelevel.booking.BookingFixtures.as;
import static dk.servicelevel.booking.BookingFixtures.asSchool;
import static dk.servicelevel.booking.BookingFixtures.booking;
import static dk.servicelevel.booking.BookingFixtures.newClass;
import static dk.servicelevel.booking.BookingFixtures.newSchool;
import static dk.servicelevel.booking.BookingFixtures.pupilsOf;
import static dk.servicelevel.booking.BookingFixtures.schoolYearAndTest;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class TestSessionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void schoolYear() {
        schoolYearAndTest();
    }

    @AfterEach
    void realTime() {
        AdjustableClock.reset();
    }

    @Test
    void twoSittingsUntilFirstAprilOneFromThenAndOneMoreForAnIllness() {
        String school = newSchool();
        String pupil = pupilsOf(school, newClass(school, 1)).get(0);

        at("2027-03-30T09:30:00+02:00");
        sit(school, pupil).statusCode(201).body("userClass", equalTo("BEST_EFFORT"));
        sit(school, pupil).statusCode(201);
        sit(school, pupil).statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("pupil"))
                .body("violations.message", contains(containsString("until 1 April 2 are allowed")));
        asSchool(school).body(Map.of("test", TEST)).post("/api/v1/pupils/{pupil}/illnesses", pupil).then().statusCode(201);
        sit(school, pupil).statusCode(201);
        sit(school, pupil).statusCode(422);

        at("2027-04-01T09:30:00+02:00");
        sit(school, pupil).statusCode(201);
        sit(school, pupil).statusCode(422).body("violations.message", contains(containsString("until the summer holiday 1 are allowed")));
    }

    /** Seed 002, Krav 5: a pupil's sittings count "uanset om der er booket tid eller ej", and a booking cannot add to them. */
    @Test
    void sittingsTakenWithoutABookingCountAgainstABookingOfTheSameTerm() {
        String school = newSchool();
        long schoolClass = newClass(school, 2);
        List<String> pupils = pupilsOf(school, schoolClass);
        at("2027-03-16T09:30:00+01:00");
        sit(school, pupils.get(0)).statusCode(201).body("userClass", equalTo("BEST_EFFORT"));
        sit(school, pupils.get(0)).statusCode(201);
        sit(school, pupils.get(1)).statusCode(201);

        Map<String, Object> both = booking(schoolClass, "2027-03-17T09:00:00+01:00");
        asSchool(school).body(both).post("/api/v1/bookings").then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("pupils"))
                .body("violations.message", contains(containsString("1 of the pupils have sat or are booked")));
        Map<String, Object> second = new HashMap<>(both);
        second.put("pupils", List.of(pupils.get(1)));
        asSchool(school).body(second).post("/api/v1/bookings").then().statusCode(201);
        asSchool(school).body(booking(schoolClass, "2027-04-06T09:00:00+02:00")).post("/api/v1/bookings").then()
                .statusCode(201).body("seats", equalTo(2));
    }

    @Test
    void anAbortedSittingDoesNotCount() {
        String school = newSchool();
        String pupil = pupilsOf(school, newClass(school, 1)).get(0);
        at("2027-04-06T10:15:00+02:00");
        long aborted = sit(school, pupil).statusCode(201).extract().jsonPath().getLong("id");
        asSchool(school).body(Map.of("outcome", "ABORTED")).post("/api/v1/test-sessions/{id}/end", aborted)
                .then().statusCode(200).body("state", equalTo("ABORTED"));
        sit(school, pupil).statusCode(201);
    }

    @Test
    void theLimitsStartAgainInTheNextSchoolYear() {
        as("admin").body(Map.of("label", "2027-28", "startsOn", "2027-08-09", "summerHolidayStartsOn", "2028-06-24"))
                .post("/api/v1/school-years").then().statusCode(anyOf(is(201), is(409)));
        String school = newSchool();
        String pupil = pupilsOf(school, newClass(school, 1)).get(0);

        at("2027-06-25T10:30:00+02:00");
        sit(school, pupil).statusCode(201);
        sit(school, pupil).statusCode(422);
        at("2027-06-28T10:30:00+02:00");
        sit(school, pupil).statusCode(422).body("detail", containsString("no school year"));
        at("2027-08-10T10:30:00+02:00");
        sit(school, pupil).statusCode(201);
    }

    @Test
    void aBookedPupilIsGuaranteedAndAnUnbookedOneRunsOnWhatIsLeft() {
        String school = newSchool();
        long schoolClass = newClass(school, 4);
        List<String> pupils = pupilsOf(school, schoolClass);
        at("2027-05-03T12:00:00+02:00");
        Map<String, Object> some = new HashMap<>(booking(schoolClass, "2027-05-04T09:00:00+02:00"));
        some.put("pupils", pupils.subList(0, 2));
        long bookingId = asSchool(school).body(some).post("/api/v1/bookings").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        at("2027-05-04T09:20:00+02:00");
        sit(school, pupils.get(0)).statusCode(201)
                .body("userClass", equalTo("GUARANTEED"), "bookingId", equalTo((int) bookingId),
                        "slotStart", equalTo("2027-05-04T07:00:00Z"));
        sit(school, pupils.get(3)).statusCode(201).body("userClass", equalTo("BEST_EFFORT"), "bookingId", nullValue());
        at("2027-05-04T10:20:00+02:00");
        sit(school, pupils.get(1)).statusCode(201).body("userClass", equalTo("BEST_EFFORT"));
    }

    @Test
    void aSessionRecordsItsEventsUntilItEnds() {
        String school = newSchool();
        String pupil = pupilsOf(school, newClass(school, 1)).get(0);
        at("2027-05-11T11:05:00+02:00");
        long id = sit(school, pupil).statusCode(201).extract().jsonPath().getLong("id");
        asSchool(school).body(Map.of("kind", "PAGE_VIEW")).post("/api/v1/test-sessions/{id}/events", id).then().statusCode(204);
        asSchool(school).body(Map.of("kind", "ANSWER")).post("/api/v1/test-sessions/{id}/events", id).then().statusCode(204);
        asSchool(school).body(Map.of("kind", "SHOUT")).post("/api/v1/test-sessions/{id}/events", id)
                .then().statusCode(400).body("violations.field", contains("kind"));
        asSchool(school).body(Map.of("outcome", "COMPLETED")).post("/api/v1/test-sessions/{id}/end", id)
                .then().statusCode(200).body("state", equalTo("COMPLETED"), "endedAt", notNullValue());
        asSchool(school).body(Map.of("kind", "ANSWER")).post("/api/v1/test-sessions/{id}/events", id)
                .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void countsVisitsHitsAndUniquePupilsPerHourAndTest() {
        String school = newSchool();
        List<String> pupils = pupilsOf(school, newClass(school, 2));
        at("2027-05-12T10:05:00+02:00");
        long first = sit(school, pupils.get(0)).statusCode(201).extract().jsonPath().getLong("id");
        asSchool(school).body(Map.of("outcome", "ABORTED")).post("/api/v1/test-sessions/{id}/end", first).then().statusCode(200);
        long second = sit(school, pupils.get(0)).statusCode(201).extract().jsonPath().getLong("id");
        long third = sit(school, pupils.get(1)).statusCode(201).extract().jsonPath().getLong("id");
        for (long session : List.of(second, second, third)) {
            asSchool(school).body(Map.of("kind", "ANSWER")).post("/api/v1/test-sessions/{id}/events", session).then().statusCode(204);
        }

        as("ministry").queryParam("from", "2027-05-12T00:00:00+02:00").queryParam("to", "2027-05-13T00:00:00+02:00")
                .queryParam("per", "HOUR").get("/api/v1/usage")
                .then().statusCode(200)
                .body("period", contains("2027-05-12T08:00:00Z"))
                .body("test", contains(TEST))
                .body("visits", contains(3), "hits", contains(3), "uniquePupils", contains(2));
        as("ministry").queryParam("from", "2027-05-01T00:00:00+02:00").queryParam("to", "2027-06-01T00:00:00+02:00")
                .queryParam("per", "WEEK").get("/api/v1/usage")
                .then().statusCode(400).body("violations.field", contains("per"));
        asSchool(school).queryParam("from", "2027-05-12T00:00:00+02:00").queryParam("to", "2027-05-13T00:00:00+02:00")
                .get("/api/v1/usage").then().statusCode(403);
    }

    @Test
    void noSittingOutsideTheSlotsNorForAnotherSchoolsPupil() {
        String school = newSchool();
        String pupil = pupilsOf(school, newClass(school, 1)).get(0);
        at("2027-05-11T15:30:00+02:00");
        sit(school, pupil).statusCode(422).body("detail", containsString("No test slot is running"));
        at("2027-05-11T09:30:00+02:00");
        sit(newSchool(), pupil).statusCode(403);
        sit(school, "p-unknown-pupil").statusCode(422).body("violations.field", contains("pupil"));
    }

    private static void at(String instant) {
        AdjustableClock.setTo(OffsetDateTime.parse(instant).toInstant());
    }

    private static ValidatableResponse sit(String school, String pupil) {
        return asSchool(school).body(Map.of("pupil", pupil, "test", TEST)).post("/api/v1/test-sessions").then();
    }
}
