package dk.servicelevel.booking.session;

import static dk.servicelevel.booking.BookingFixtures.TEST;
import static dk.servicelevel.booking.BookingFixtures.as;
import static dk.servicelevel.booking.BookingFixtures.asSchool;
import static dk.servicelevel.booking.BookingFixtures.booking;
import static dk.servicelevel.booking.BookingFixtures.newClass;
import static dk.servicelevel.booking.BookingFixtures.newSchool;
import static dk.servicelevel.booking.BookingFixtures.pupilsOf;
import static dk.servicelevel.booking.BookingFixtures.schoolYearAndTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.AdjustableClock;
import dk.servicelevel.booking.measurement.MeasurementOutbox;
import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Clicks arriving at once are written in group commits: every one answered 204 is stored once and measured once,
 * and a session ended while its pupils still click takes no click after its end. The sessions are booked, so that
 * admission control never refuses their clicks.
 */
@QuarkusTest
class ClickGroupCommitTest {

    private static final int CLICKS = 400;
    private static final int SESSIONS = 4;
    private static final int REPEATS = 10;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    MeasurementOutbox outbox;

    @AfterEach
    void realTime() {
        AdjustableClock.reset();
    }

    @Test
    void clicksSentAtOnceAreEachStoredAndMeasuredOnce() {
        schoolYearAndTest();
        String school = newSchool();
        List<String> pupils = pupilsOf(school, booked(school, SESSIONS, "2027-05-19T10:00:00+02:00"));
        outbox.flush();
        AdjustableClock.setTo(OffsetDateTime.parse("2027-05-19T10:10:00+02:00").toInstant());
        List<Long> sessions = pupils.stream().map(pupil -> sit(school, pupil)).toList();

        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> clicks = IntStream.range(0, CLICKS)
                .mapToObj(n -> http.sendAsync(click(school, sessions.get(n % SESSIONS)), HttpResponse.BodyHandlers.ofString())).toList();

        assertThat(clicks).extracting(click -> click.join().statusCode()).containsOnly(204);
        as("ministry").queryParam("from", "2027-05-19T00:00:00+02:00").queryParam("to", "2027-05-20T00:00:00+02:00")
                .queryParam("per", "DAY").get("/api/v1/usage")
                .then().statusCode(200).body("hits", contains(CLICKS)).body("visits", contains(SESSIONS));
        assertThat(outbox.flush()).as("the clicks and the starts, each measured once").isEqualTo(CLICKS + SESSIONS);
    }

    @Test
    void aSessionEndedWhileItsPupilClicksTakesNoClickAfterItsEnd() {
        schoolYearAndTest();
        String school = newSchool();
        String pupil = pupilsOf(school, booked(school, 1, "2027-05-20T10:00:00+02:00")).get(0);
        AdjustableClock.setTo(OffsetDateTime.parse("2027-05-20T10:10:00+02:00").toInstant());
        long session = sit(school, pupil);

        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> before = IntStream.range(0, CLICKS / 2)
                .mapToObj(n -> http.sendAsync(click(school, session), HttpResponse.BodyHandlers.ofString())).toList();
        asSchool(school).body(Map.of("outcome", "COMPLETED")).post("/api/v1/test-sessions/{id}/end", session).then().statusCode(200);
        List<HttpResponse<String>> after = IntStream.range(0, CLICKS / 2)
                .mapToObj(n -> http.sendAsync(click(school, session), HttpResponse.BodyHandlers.ofString())).map(CompletableFuture::join).toList();

        List<Integer> answered = before.stream().map(click -> click.join().statusCode()).toList();
        assertThat(answered).isSubsetOf(204, 422);
        assertThat(after).extracting(HttpResponse::statusCode).containsOnly(422);
        as("ministry").queryParam("from", "2027-05-20T00:00:00+02:00").queryParam("to", "2027-05-21T00:00:00+02:00")
                .queryParam("per", "DAY").get("/api/v1/usage")
                .then().statusCode(200).body("hits", contains((int) answered.stream().filter(status -> status == 204).count()));
    }

    @Test
    void aClickAndAnEndSentAgainWithTheirKeysAreStoredOnceAndAnsweredAsTheFirstTime() {
        schoolYearAndTest();
        String school = newSchool();
        String pupil = pupilsOf(school, booked(school, 1, "2027-05-21T10:00:00+02:00")).get(0);
        outbox.flush();
        AdjustableClock.setTo(OffsetDateTime.parse("2027-05-21T10:10:00+02:00").toInstant());
        long session = sit(school, pupil);

        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> sentAtOnce = IntStream.range(0, REPEATS)
                .mapToObj(n -> http.sendAsync(click(school, session, "answer-1"), HttpResponse.BodyHandlers.ofString())).toList();
        assertThat(sentAtOnce).extracting(click -> click.join().statusCode()).containsOnly(204);
        assertThat(http.sendAsync(click(school, session, "answer-2"), HttpResponse.BodyHandlers.ofString()).join().statusCode()).isEqualTo(204);
        String ended = asSchool(school).header("Idempotency-Key", "end-1").body(Map.of("outcome", "COMPLETED"))
                .post("/api/v1/test-sessions/{id}/end", session).then().statusCode(200).extract().asString();
        assertThat(asSchool(school).header("Idempotency-Key", "end-1").body(Map.of("outcome", "COMPLETED"))
                .post("/api/v1/test-sessions/{id}/end", session).then().statusCode(200).extract().asString()).isEqualTo(ended);
        asSchool(school).header("Idempotency-Key", "end-2").body(Map.of("outcome", "COMPLETED"))
                .post("/api/v1/test-sessions/{id}/end", session).then().statusCode(422);
        assertThat(http.sendAsync(click(school, session, "answer-1"), HttpResponse.BodyHandlers.ofString()).join().statusCode())
                .as("a click stored before the end, sent again after it").isEqualTo(204);
        assertThat(http.sendAsync(click(school, session, "answer-3"), HttpResponse.BodyHandlers.ofString()).join().statusCode())
                .as("a new click after the end").isEqualTo(422);

        as("ministry").queryParam("from", "2027-05-21T00:00:00+02:00").queryParam("to", "2027-05-22T00:00:00+02:00")
                .queryParam("per", "DAY").get("/api/v1/usage")
                .then().statusCode(200).body("hits", contains(2));
        assertThat(outbox.flush()).as("the start, the two stored clicks and the two answers to the end").isEqualTo(5);
    }

    /** A new class of the school, booked for the slot the day before. */
    private static long booked(String school, int pupils, String slotStart) {
        long schoolClass = newClass(school, pupils);
        AdjustableClock.setTo(OffsetDateTime.parse(slotStart).minusDays(1).toInstant());
        asSchool(school).body(booking(schoolClass, slotStart)).post("/api/v1/bookings").then().statusCode(201);
        return schoolClass;
    }

    private static long sit(String school, String pupil) {
        return asSchool(school).body(Map.of("pupil", pupil, "test", TEST)).post("/api/v1/test-sessions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private HttpRequest click(String school, long session) {
        return clickRequest(school, session).build();
    }

    private HttpRequest click(String school, long session, String key) {
        return clickRequest(school, session).header("Idempotency-Key", key).build();
    }

    private HttpRequest.Builder clickRequest(String school, long session) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/test-sessions/" + session + "/events"))
                .header("Authorization", "Bearer " + AccessTokens.forSchool(school)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ANSWER\"}"));
    }
}
