package dk.servicelevel.booking.admission;

import static dk.servicelevel.booking.BookingFixtures.TEST;
import static dk.servicelevel.booking.BookingFixtures.asSchool;
import static dk.servicelevel.booking.BookingFixtures.booking;
import static dk.servicelevel.booking.BookingFixtures.newClass;
import static dk.servicelevel.booking.BookingFixtures.newSchool;
import static dk.servicelevel.booking.BookingFixtures.pupilsOf;
import static dk.servicelevel.booking.BookingFixtures.schoolYearAndTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.AdjustableClock;
import dk.servicelevel.local.AccessTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Admission control over HTTP with a limit of one request at a time: of many clicks sent at once, the booked
 * (guaranteed) session's are all answered, and the unbooked (best-effort) session's that find the limit taken are
 * refused with 429, Retry-After and a problem naming the class (seed 002, Krav 10); the answered ones are timed per
 * class and the refused ones counted, outside the HTTP server metrics.
 */
@QuarkusTest
@TestProfile(AdmissionOverHttpTest.OneAtATime.class)
class AdmissionOverHttpTest {

    private static final int CLICKS_EACH = 150;

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admission.adaptive", "false", "admission.max-concurrency", "1");
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void realTime() {
        AdjustableClock.reset();
    }

    @Test
    void atTheLimitBestEffortClicksAreRefusedWith429AndGuaranteedOnesAreAllAnswered() {
        schoolYearAndTest();
        String school = newSchool();
        long schoolClass = newClass(school, 2);
        List<String> pupils = pupilsOf(school, schoolClass);
        AdjustableClock.setTo(OffsetDateTime.parse("2027-05-03T12:00:00+02:00").toInstant());
        Map<String, Object> booked = new HashMap<>(booking(schoolClass, "2027-05-04T09:00:00+02:00"));
        booked.put("pupils", pupils.subList(0, 1));
        asSchool(school).body(booked).post("/api/v1/bookings").then().statusCode(201);
        AdjustableClock.setTo(OffsetDateTime.parse("2027-05-04T09:20:00+02:00").toInstant());
        long guaranteed = sit(school, pupils.get(0));
        long bestEffort = sit(school, pupils.get(1));

        double timedBefore = timed("GUARANTEED");
        double refusedBefore = refused();
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> guaranteedClicks = clicks(http, school, guaranteed);
        List<CompletableFuture<HttpResponse<String>>> bestEffortClicks = clicks(http, school, bestEffort);

        assertThat(guaranteedClicks).extracting(click -> click.join().statusCode()).containsOnly(204);
        List<HttpResponse<String>> answered = bestEffortClicks.stream().map(CompletableFuture::join).toList();
        assertThat(answered).extracting(HttpResponse::statusCode).isSubsetOf(204, 429).contains(429);
        HttpResponse<String> refused = answered.stream().filter(response -> response.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("BEST_EFFORT");

        assertThat(timed("GUARANTEED") - timedBefore).as("booked clicks timed").isEqualTo(CLICKS_EACH);
        assertThat(refused() - refusedBefore).as("refusals counted").isEqualTo(answered.stream().filter(r -> r.statusCode() == 429).count());
        assertThat(metrics.find("http.server.requests").timers()).extracting(timer -> timer.getId().getTag("uri"))
                .as("the clicks are not in the HTTP server metrics").noneMatch(uri -> uri.contains("test-sessions/"));
    }

    private double timed(String userClass) {
        return metrics.get("test_sessions.requests").tags("userClass", userClass, "outcome", "SUCCESS").timer().count();
    }

    private double refused() {
        return metrics.get("test_sessions.refused").tags("userClass", "BEST_EFFORT").counter().count();
    }

    private static long sit(String school, String pupil) {
        return asSchool(school).body(Map.of("pupil", pupil, "test", TEST)).post("/api/v1/test-sessions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private List<CompletableFuture<HttpResponse<String>>> clicks(HttpClient http, String school, long session) {
        HttpRequest click = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/test-sessions/" + session + "/events"))
                .header("Authorization", "Bearer " + AccessTokens.forSchool(school)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ANSWER\"}")).build();
        return IntStream.range(0, CLICKS_EACH).mapToObj(n -> http.sendAsync(click, HttpResponse.BodyHandlers.ofString())).toList();
    }
}
