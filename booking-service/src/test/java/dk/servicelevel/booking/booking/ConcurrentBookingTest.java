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
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.AdjustableClock;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ConcurrentBookingTest.Step2006.class)
class ConcurrentBookingTest {

    /** The 2006 step: 4,800 tests in a slot, so 80 classes of 60 fill one. */
    public static class Step2006 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("capacity.step-in-force", "2006");
        }
    }

    private static final int CLASS_SIZE = 60;
    private static final int SCHOOLS = 100;
    private static final String SLOT = "2027-05-05T10:00:00+02:00";
    private static final String OTHER_TEST = "MATHEMATICS-4";
    private static final int TIMES = 10;
    private static final int RUSH = 150;
    private static final int LARGE_CLASS = 60;
    private static final int SMALL_CLASS = 13;
    private static final String RUSH_SLOT = "2027-05-27T09:00:00+02:00";

    @Inject
    MeterRegistry registry;

    @Test
    void manySchoolsBookingOneSlotAtTheSameInstantNeverOverbookItAndTheFullSlotIsWarnedOf() throws Exception {
        schoolYearAndTest();
        List<String> schools = new ArrayList<>();
        List<Long> classes = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            String school = newSchool();
            schools.add(school);
            classes.add(newClass(school, CLASS_SIZE));
        }
        List<Integer> statuses = atOnce(SCHOOLS,
                i -> asSchool(schools.get(i)).body(booking(classes.get(i), SLOT)).post("/api/v1/bookings").statusCode());

        assertThat(statuses).as("the answers %s", statuses).filteredOn(status -> status == 201).hasSize(4_800 / CLASS_SIZE);
        assertThat(statuses).filteredOn(status -> status != 201).containsOnly(409);
        asSchool(schools.get(0)).queryParam("date", "2027-05-05").get("/api/v1/slots")
                .then().statusCode(200).body("[2].booked", equalTo(4_800)).body("[2].left", equalTo(0));
        as("ministry").queryParam("from", "2027-05-03").queryParam("to", "2027-05-07").get("/api/v1/capacity/warnings")
                .then().statusCode(200)
                .body("date", contains("2027-05-05"))
                .body("[0].booked", equalTo(4_800), "[0].capacity", equalTo(4_800), "[0].share", equalTo(1.0f));

        AdjustableClock.setTo(OffsetDateTime.parse("2027-05-05T10:40:00+02:00").toInstant());
        try {
            int booked = statuses.indexOf(201);
            int refused = statuses.indexOf(409);
            String bookedPupil = pupilsOf(schools.get(booked), classes.get(booked)).get(0);
            String unbookedPupil = pupilsOf(schools.get(refused), classes.get(refused)).get(0);
            asSchool(schools.get(booked)).body(Map.of("pupil", bookedPupil, "test", TEST)).post("/api/v1/test-sessions")
                    .then().statusCode(201).body("userClass", equalTo("GUARANTEED"));
            asSchool(schools.get(refused)).body(Map.of("pupil", unbookedPupil, "test", TEST)).post("/api/v1/test-sessions")
                    .then().statusCode(429).contentType("application/problem+json").header("Retry-After", "1200");
        } finally {
            AdjustableClock.reset();
        }
    }

    @Test
    void aRushOfClassesOfManySizesOnOneSlotIsReservedInGroupCommitsAsIfOneAfterTheOther() throws Exception {
        schoolYearAndTest();
        List<String> schools = new ArrayList<>();
        List<Long> classes = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < RUSH; i++) {
            String school = newSchool();
            int size = i % 2 == 0 ? LARGE_CLASS : SMALL_CLASS;
            schools.add(school);
            classes.add(newClass(school, size));
            sizes.add(size);
        }
        DistributionSummary together = registry.get("bookings.reserved.together").summary();
        long commitsBefore = together.count();
        double reservedBefore = together.totalAmount();

        List<Integer> statuses = atOnce(RUSH,
                i -> asSchool(schools.get(i)).body(booking(classes.get(i), RUSH_SLOT)).post("/api/v1/bookings").statusCode());

        assertThat(statuses).as("the answers %s", statuses).containsOnly(201, 409);
        int booked = 0;
        int smallestRefused = Integer.MAX_VALUE;
        for (int i = 0; i < RUSH; i++) {
            if (statuses.get(i) == 201) {
                booked += sizes.get(i);
            } else {
                smallestRefused = Math.min(smallestRefused, sizes.get(i));
            }
        }
        assertThat(booked).as("the seats of the classes answered 201").isLessThanOrEqualTo(4_800);
        assertThat(smallestRefused).as("every refused class is larger than the seats left").isGreaterThan(4_800 - booked);
        asSchool(schools.get(0)).queryParam("date", "2027-05-27").get("/api/v1/slots")
                .then().statusCode(200).body("[1].booked", equalTo(booked));
        long commits = together.count() - commitsBefore;
        double reserved = together.totalAmount() - reservedBefore;
        assertThat(reserved).as("every booking went through the slot's queue").isEqualTo(RUSH);
        assertThat(commits).as("bookings that arrived together were reserved together").isLessThan(RUSH);
    }

    @Test
    void tenConcurrentBookingsOfOneClassForOneSlotGiveOneBookingAndTheClassHoldsNoOtherBookingOfTheSlot() throws Exception {
        schoolYearAndTest();
        as("admin").body(Map.of("code", OTHER_TEST, "subject", "Mathematics", "grade", 4)).post("/api/v1/tests")
                .then().statusCode(anyOf(is(201), is(409)));
        String school = newSchool();
        long schoolClass = newClass(school, CLASS_SIZE);
        String slot = "2027-05-11T09:00:00+02:00";
        List<Integer> statuses = atOnce(TIMES, i -> asSchool(school).body(booking(schoolClass, slot)).post("/api/v1/bookings").statusCode());

        assertThat(statuses).as("the answers %s", statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).hasSize(TIMES - 1).containsOnly(409);
        int held = asSchool(school).get("/api/v1/bookings").then().statusCode(200).body("", hasSize(1)).extract().path("[0].id");
        asSchool(school).queryParam("date", "2027-05-11").get("/api/v1/slots").then().body("[1].booked", equalTo(CLASS_SIZE));

        asSchool(school).body(Map.of("test", OTHER_TEST, "classId", schoolClass, "slotStart", slot)).post("/api/v1/bookings")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("booking " + held)).header("Link", containsString("/api/v1/bookings/" + held));
        String other = asSchool(school).body(Map.of("test", OTHER_TEST, "classId", schoolClass, "slotStart", "2027-05-11T11:00:00+02:00"))
                .post("/api/v1/bookings").then().statusCode(201).extract().header("Location");
        asSchool(school).header("If-Match", "\"0\"").body(booking(schoolClass, slot)).put(other)
                .then().statusCode(409).body("detail", containsString("booking " + held));
        asSchool(school).queryParam("date", "2027-05-11").get("/api/v1/slots")
                .then().body("[1].booked", equalTo(CLASS_SIZE), "[3].booked", equalTo(CLASS_SIZE));
    }

    @Test
    void bookingsOfOneClassForOneTestOnManySlotsAtOnceBookItsPupilsNoMoreOftenThanTheyMaySitIt() throws Exception {
        schoolYearAndTest();
        String school = newSchool();
        long schoolClass = newClass(school, CLASS_SIZE);
        List<String> days = List.of("2027-05-18", "2027-05-19", "2027-05-20", "2027-05-21", "2027-05-24", "2027-05-25");
        List<Integer> statuses = atOnce(days.size(),
                i -> asSchool(school).body(booking(schoolClass, days.get(i) + "T09:00:00+02:00")).post("/api/v1/bookings").statusCode());

        assertThat(statuses).as("from 1 April a pupil sits a test once: %s", statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).allMatch(status -> status == 422 || status == 409);
        asSchool(school).get("/api/v1/bookings").then().statusCode(200).body("", hasSize(1));
        int booked = days.stream().mapToInt(day -> asSchool(school).queryParam("date", day).get("/api/v1/slots")
                .then().statusCode(200).extract().<Integer> path("[1].booked")).sum();
        assertThat(booked).as("the seats booked on the six days").isEqualTo(CLASS_SIZE);
    }

    /** The answers of requests sent at the same instant, one from each of as many threads, in the order of their index. */
    private static List<Integer> atOnce(int requests, IntFunction<Integer> request) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int index = i;
            answers.add(senders.submit(() -> {
                start.await();
                return request.apply(index);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        senders.shutdown();
        return statuses;
    }
}
