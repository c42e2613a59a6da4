package dk.servicelevel.booking;

import static dk.servicelevel.booking.BookingFixtures.as;
import static dk.servicelevel.booking.BookingFixtures.asSchool;
import static dk.servicelevel.booking.BookingFixtures.booking;
import static dk.servicelevel.booking.BookingFixtures.newClass;
import static dk.servicelevel.booking.BookingFixtures.newSchool;
import static dk.servicelevel.booking.BookingFixtures.pupilsOf;
import static dk.servicelevel.booking.BookingFixtures.schoolYearAndTest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged booking-service, as it is deployed: the JVM application in {@code ./platform test}, the native
 * executable with {@code ./mvnw verify -Dnative}. It covers what a native image most often loses: the Danish holiday
 * calendar (XML read with JAXB), token verification with the school's claim, and the database.
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @BeforeEach
    void schoolYear() {
        schoolYearAndTest();
    }

    @Test
    void aDanishPublicHolidayIsNoSchoolDay() {
        as("vendor-ops").queryParam("date", "2027-05-04").get("/api/v1/slots").then().statusCode(200).body("", hasSize(6));
        // Ascension Day and Whit Monday 2027
        as("vendor-ops").queryParam("date", "2027-05-06").get("/api/v1/slots").then().statusCode(422);
        as("vendor-ops").queryParam("date", "2027-05-17").get("/api/v1/slots").then().statusCode(422);
    }

    @Test
    void keepsAClassAndItsBookingInItsDatabase() {
        String school = newSchool();
        long schoolClass = newClass(school, 24);
        assertThat(pupilsOf(school, schoolClass)).hasSize(24);
        asSchool(school).body(booking(schoolClass, "2027-05-04T09:00:00+02:00")).post("/api/v1/bookings")
                .then().statusCode(201).body("seats", equalTo(24), "slotStart", equalTo("2027-05-04T07:00:00Z"));
        asSchool(school).get("/api/v1/bookings").then().statusCode(200).body("classId", contains((int) schoolClass));
    }

    @Test
    void answersOnlyRequestsWithATokenSignedByItsIssuer() {
        given().queryParam("date", "2027-05-04").get("/api/v1/slots").then().statusCode(401);
        given().auth().oauth2(AccessTokens.forgedForRole("vendor-ops")).queryParam("date", "2027-05-04").get("/api/v1/slots")
                .then().statusCode(401);
        String school = newSchool();
        given().auth().oauth2(AccessTokens.forSchool(school)).get("/api/v1/schools/{school}/classes", school).then().statusCode(200);
        given().auth().oauth2(AccessTokens.forSchool(school)).get("/api/v1/schools/{school}/classes", newSchool()).then().statusCode(403);
    }
}
