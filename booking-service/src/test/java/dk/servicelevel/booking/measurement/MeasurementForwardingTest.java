package dk.servicelevel.booking.measurement;

import static dk.servicelevel.booking.BookingFixtures.TEST;
import static dk.servicelevel.booking.BookingFixtures.asSchool;
import static dk.servicelevel.booking.BookingFixtures.newClass;
import static dk.servicelevel.booking.BookingFixtures.newSchool;
import static dk.servicelevel.booking.BookingFixtures.pupilsOf;
import static dk.servicelevel.booking.BookingFixtures.schoolYearAndTest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.AdjustableClock;
import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeasurementForwardingTest {

    @Inject
    MeasurementOutbox outbox;

    @AfterEach
    void realTime() {
        AdjustableClock.reset();
    }

    @Test
    void everySessionRequestIsMeasuredAndReachesSlaServiceAtInterfaceB() {
        schoolYearAndTest();
        String school = newSchool();
        String pupil = pupilsOf(school, newClass(school, 1)).get(0);
        outbox.flush();
        long before = callsAtB("2027-05");

        AdjustableClock.setTo(OffsetDateTime.parse("2027-05-18T12:10:00+02:00").toInstant());
        long session = asSchool(school).body(Map.of("pupil", pupil, "test", TEST)).post("/api/v1/test-sessions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asSchool(school).body(Map.of("kind", "PAGE_VIEW")).post("/api/v1/test-sessions/{id}/events", session).then().statusCode(204);
        asSchool(school).body(Map.of("outcome", "COMPLETED")).post("/api/v1/test-sessions/{id}/end", session).then().statusCode(200);
        assertThat(outbox.flush()).isEqualTo(3);

        assertThat(callsAtB("2027-05") - before).isEqualTo(3);
    }

    private static long callsAtB(String month) {
        Number calls = given().auth().oauth2(AccessTokens.forRole("ministry"))
                .baseUri(ConfigProvider.getConfig().getValue("quarkus.rest-client.sla-service.url", String.class)).port(-1)
                .queryParam("system", "NT").queryParam("month", month)
                .get("/api/v1/measurements/counts")
                .then().statusCode(200).extract().path("byInterface.B");
        return calls == null ? 0 : calls.longValue();
    }
}
