package dk.servicelevel.booking.booking;

import static dk.servicelevel.booking.BookingFixtures.TEST;
import static dk.servicelevel.booking.BookingFixtures.as;
import static dk.servicelevel.booking.BookingFixtures.asSchool;
import static dk.servicelevel.booking.BookingFixtures.booking;
import static dk.servicelevel.booking.BookingFixtures.newClass;
import static dk.servicelevel.booking.BookingFixtures.newSchool;
import static dk.servicelevel.booking.BookingFixtures.pupilsOf;
import static dk.servicelevel.booking.BookingFixtures.schoolYearAndTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BookingResourceTest {

    private static final String PROBLEM = "application/problem+json";
    /** Tuesday 4 May 2027, a school day. */
    private static final String NINE = "2027-05-04T09:00:00+02:00";

    @BeforeEach
    void schoolYear() {
        schoolYearAndTest();
    }

    @Test
    void aSchoolBooksASlotAndSeesWhatIsLeft() {
        String school = newSchool();
        long schoolClass = newClass(school, 24);
        int before = as("vendor-ops").queryParam("date", "2027-05-04").get("/api/v1/slots")
                .then().statusCode(200).body("", hasSize(6))
                .body("start[0]", equalTo("2027-05-04T06:00:00Z"))
                .body("capacity[0]", equalTo(11_520))
                .extract().path("[1].left");

        asSchool(school).body(booking(schoolClass, NINE)).post("/api/v1/bookings")
                .then().statusCode(201).contentType("application/json")
                .body("seats", equalTo(24), "institutionNumber", equalTo(school), "slotStart", equalTo("2027-05-04T07:00:00Z"));

        asSchool(school).queryParam("date", "2027-05-04").get("/api/v1/slots")
                .then().statusCode(200).body("[1].left", equalTo(before - 24));
        asSchool(school).get("/api/v1/bookings").then().statusCode(200).body("classId", contains((int) schoolClass));
    }

    @Test
    void aBookingAfterTheCapacityModelChangedKeepsTheNewCapacityThoughTheDayWasReadBefore() {
        String day = "2027-05-12";
        String ten = day + "T10:00:00+02:00";
        String school = newSchool();
        asSchool(school).body(booking(newClass(school, 24), ten)).post("/api/v1/bookings").then().statusCode(201);
        Map<String, Object> inputs = as("admin").get("/api/v1/capacity/model").then().statusCode(200).extract().jsonPath().getMap("");
        String read = as("admin").get("/api/v1/capacity/model").then().extract().header("ETag");
        Map<String, Object> fewer = new HashMap<>(inputs);
        fewer.put("pupilsPerCohort", 300);
        String changed = as("admin").header("If-Match", read).body(fewer).put("/api/v1/capacity/model")
                .then().statusCode(200).extract().header("ETag");
        try {
            int capacity = as("vendor-ops").queryParam("date", day).get("/api/v1/slots").then().statusCode(200).extract().path("[2].capacity");
            int left = as("vendor-ops").queryParam("date", day).get("/api/v1/slots").then().extract().path("[2].left");
            assertThat(capacity).as("the new capacity").isLessThan(100).isGreaterThan(24);
            for (; left >= 24; left -= 24) {
                asSchool(school).body(booking(newClass(school, 24), ten)).post("/api/v1/bookings").then().statusCode(201);
            }
            asSchool(school).body(booking(newClass(school, 24), ten)).post("/api/v1/bookings").then().statusCode(409).contentType(PROBLEM);
            as("vendor-ops").queryParam("date", day).get("/api/v1/slots").then().body("[2].booked", equalTo(capacity - left));
        } finally {
            as("admin").header("If-Match", changed).body(inputs).put("/api/v1/capacity/model").then().statusCode(200);
        }
    }

    @Test
    void aSchoolMovesAndCancelsItsBookingWithTheVersionItRead() {
        String school = newSchool();
        long schoolClass = newClass(school, 10);
        List<String> pupils = pupilsOf(school, schoolClass);
        Map<String, Object> some = new HashMap<>(booking(schoolClass, NINE));
        some.put("pupils", pupils.subList(0, 4));
        String location = asSchool(school).body(some).post("/api/v1/bookings").then().statusCode(201)
                .body("seats", equalTo(4)).extract().header("Location");

        some.put("slotStart", "2027-05-04T11:00:00+02:00");
        asSchool(school).header("If-Match", "\"0\"").body(some).put(location)
                .then().statusCode(200).body("slotStart", equalTo("2027-05-04T09:00:00Z"), "version", equalTo(1));
        asSchool(school).header("If-Match", "\"0\"").delete(location).then().statusCode(412).contentType(PROBLEM);
        asSchool(school).header("If-Match", "\"1\"").delete(location).then().statusCode(200).body("state", equalTo("CANCELLED"));
        asSchool(school).get("/api/v1/bookings").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void aSchoolCannotSeeOrCancelAnotherSchoolsBooking() {
        String owner = newSchool();
        String other = newSchool();
        String location = asSchool(owner).body(booking(newClass(owner, 5), NINE)).post("/api/v1/bookings")
                .then().statusCode(201).extract().header("Location");

        asSchool(other).get(location).then().statusCode(403).contentType(PROBLEM);
        asSchool(other).header("If-Match", "\"0\"").delete(location).then().statusCode(403);
        asSchool(other).queryParam("school", owner).get("/api/v1/bookings").then().statusCode(403);
        asSchool(other).get("/api/v1/bookings").then().statusCode(200).body("", hasSize(0));
        asSchool(other).body(booking(newClass(owner, 3), NINE)).post("/api/v1/bookings").then().statusCode(403);
        asSchool(owner).get(location).then().statusCode(200);
    }

    @Test
    void aPupilIsBookedForATestNoMoreOftenInATermThanThePupilMaySitIt() {
        String school = newSchool();
        long schoolClass = newClass(school, 4);
        List<String> pupils = pupilsOf(school, schoolClass);
        long first = asSchool(school).body(some(schoolClass, NINE, pupils.subList(0, 2))).post("/api/v1/bookings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long second = asSchool(school).body(some(schoolClass, "2027-05-05T09:00:00+02:00", pupils.subList(2, 4))).post("/api/v1/bookings")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        asSchool(school).body(booking(schoolClass, "2027-05-10T09:00:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("pupils"))
                .body("detail", allOf(containsString("4 of the pupils"), containsString("from 1 April"),
                        containsString("bookings " + first + ", " + second)));
        asSchool(school).body(some(schoolClass, "2027-05-10T09:00:00+02:00", pupils.subList(1, 3))).post("/api/v1/bookings")
                .then().statusCode(422).body("detail", containsString("2 of the pupils"));
        asSchool(school).header("If-Match", "\"0\"").delete("/api/v1/bookings/" + first).then().statusCode(200);
        asSchool(school).body(some(schoolClass, "2027-05-10T09:00:00+02:00", pupils.subList(0, 2))).post("/api/v1/bookings")
                .then().statusCode(201);

        for (String day : List.of("2027-01-12", "2027-01-13")) {
            asSchool(school).body(booking(schoolClass, day + "T09:00:00+01:00")).post("/api/v1/bookings").then().statusCode(201);
        }
        String third = asSchool(school).body(booking(schoolClass, "2027-01-14T09:00:00+01:00")).post("/api/v1/bookings")
                .then().statusCode(422).body("detail", containsString("until 1 April")).extract().path("detail");
        assertThat(third).as("until 1 April a pupil sits a test twice").contains("4 of the pupils");
    }

    @Test
    void aBookingMovedToAnotherTermTakesItsPupilsSittingsThere() {
        String school = newSchool();
        long schoolClass = newClass(school, 3);
        asSchool(school).body(booking(schoolClass, NINE)).post("/api/v1/bookings").then().statusCode(201);
        String january = asSchool(school).body(booking(schoolClass, "2027-01-12T09:00:00+01:00")).post("/api/v1/bookings")
                .then().statusCode(201).extract().header("Location");

        asSchool(school).header("If-Match", "\"0\"").body(booking(schoolClass, "2027-05-11T09:00:00+02:00")).put(january)
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("3 of the pupils"));
        asSchool(school).header("If-Match", "\"0\"").body(booking(schoolClass, "2027-01-19T09:00:00+01:00")).put(january)
                .then().statusCode(200).body("version", equalTo(1));
        asSchool(school).get("/api/v1/bookings").then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void anIllnessRegisteredInTheTermLetsThePupilBeBookedOnceMore() {
        String school = newSchool();
        long schoolClass = newClass(school, 2);
        List<String> pupils = pupilsOf(school, schoolClass);
        asSchool(school).body(booking(schoolClass, "2027-05-18T09:00:00+02:00")).post("/api/v1/bookings").then().statusCode(201);
        AdjustableClock.setTo(OffsetDateTime.parse("2027-05-18T11:00:00+02:00").toInstant());
        try {
            asSchool(school).body(Map.of("test", TEST)).post("/api/v1/pupils/{pupil}/illnesses", pupils.get(0)).then().statusCode(201);

            asSchool(school).body(booking(schoolClass, "2027-05-19T09:00:00+02:00")).post("/api/v1/bookings")
                    .then().statusCode(422).body("detail", containsString("1 of the pupils"));
            asSchool(school).body(some(schoolClass, "2027-05-19T09:00:00+02:00", pupils.subList(0, 1))).post("/api/v1/bookings")
                    .then().statusCode(201);
            asSchool(school).body(some(schoolClass, "2027-05-20T09:00:00+02:00", pupils.subList(0, 1))).post("/api/v1/bookings")
                    .then().statusCode(422).body("detail", containsString("1 of the pupils"));
        } finally {
            AdjustableClock.reset();
        }
    }

    private static Map<String, Object> some(long schoolClass, String slotStart, List<String> pupils) {
        Map<String, Object> booking = new HashMap<>(booking(schoolClass, slotStart));
        booking.put("pupils", pupils);
        return booking;
    }

    @Test
    void refusesWhatBreaksARuleAndNamesIt() {
        String school = newSchool();
        long schoolClass = newClass(school, 5);
        asSchool(school).body(booking(schoolClass, "2027-05-04T09:30:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("slotStart"));
        asSchool(school).body(booking(schoolClass, "2027-05-08T09:00:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(422).body("violations.message", contains(containsString("school day")));
        asSchool(school).body(booking(schoolClass, "2026-10-06T09:00:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(422).body("violations.message", contains(containsString("has begun")));
        Map<String, Object> stranger = new HashMap<>(booking(schoolClass, NINE));
        stranger.put("pupils", List.of("p-not-in-the-class"));
        asSchool(school).body(stranger).post("/api/v1/bookings")
                .then().statusCode(422).body("violations.field", contains("pupils"));
        asSchool(school).body(Map.of("classId", schoolClass)).post("/api/v1/bookings")
                .then().statusCode(400).body("violations.field", contains("slotStart", "test"));
        as("ministry").body(booking(schoolClass, NINE)).post("/api/v1/bookings").then().statusCode(403);
    }
}
