package dk.servicelevel.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a run needs before its load starts, made through the services' APIs: the capacity step's figures, the system
 * the measurement feed reports on, and the load-test schools and classes of the booking rush with a test day whose
 * slots nobody has booked yet.
 */
final class TestDayPreparation {

    /** Load-test schools have institution numbers from here on, apart from real ones. */
    private static final int FIRST_SCHOOL = 900_000;
    private static final int LAST_SCHOOL = 999_999;
    private static final int CLASSES_PER_SCHOOL = 2;
    /** The rush books a test day at least this far ahead, as a booking period opens weeks before the tests. */
    private static final int RUSH_LEAD_DAYS = 14;
    private static final int DAYS_SEARCHED = 400;
    private static final int PREPARING_THREADS = 4;
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Copenhagen");

    private final LoadSettings settings;
    private final Credentials credentials;
    private final PlatformCalls calls = new PlatformCalls();

    TestDayPreparation(LoadSettings settings, Credentials credentials) {
        this.settings = settings;
        this.credentials = credentials;
    }

    /** One class's booking in the rush: the feeder record of a virtual school. */
    record RushBooking(String institutionNumber, long classId, String slotStart, String token) {

        Map<String, Object> asFeederRecord() {
            return Map.of("institutionNumber", institutionNumber, "classId", classId, "slotStart", slotStart, "token", token);
        }
    }

    /** The rush: the test day its classes book and their bookings. */
    record Rush(LocalDate day, List<RushBooking> bookings) {
    }

    /** The step's figures and the model's inputs, as booking-service has them now. */
    CapacityFigures figures() {
        String token = credentials.of("admin");
        JsonNode model = calls.get(settings.bookingUrl().resolve("/api/v1/capacity/model"), token);
        JsonNode steps = calls.get(settings.bookingUrl().resolve("/api/v1/capacity/steps"), token);
        JsonNode step = StreamSupport.stream(steps.spliterator(), false)
                .filter(s -> s.path("name").asText().equals(settings.step())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("load.step: booking-service has no capacity step '" + settings.step()
                        + "'; it has " + StreamSupport.stream(steps.spliterator(), false).map(s -> s.path("name").asText()).toList()));
        return new CapacityFigures(settings.step(), step.path("testsPerDay").asLong(), step.path("peakHourTests").asLong(),
                model.path("clicksPerMinute").asInt(), model.path("peakHourShare").asDouble(),
                model.path("testHoursPerDay").asInt() * 60 / model.path("testLengthMinutes").asInt());
    }

    /** Registers a system in sla-service unless it is there. */
    void ensureSystem(String code, String name) {
        calls.post(settings.slaUrl().resolve("/api/v1/systems"), credentials.of("admin"), Map.of("code", code, "name", name),
                Set.of(201, 409));
    }

    /** Registers the rush's schools and classes and answers each class's booking, on a day nobody has booked. */
    Rush rush(TestDayLoad load, String runId) throws Exception {
        int classes = Math.min(load.rushClasses(), (int) Math.min(Integer.MAX_VALUE, settings.maxRequests()));
        int schools = (classes + CLASSES_PER_SCHOOL - 1) / CLASSES_PER_SCHOOL;
        if (FIRST_SCHOOL + schools > LAST_SCHOOL) {
            throw new IllegalArgumentException("The rush needs " + schools + " schools; load-test schools run out at " + LAST_SCHOOL);
        }
        int grade = gradeOf(settings.test());
        LocalDate day = freeDay();
        List<String> slots = slotStarts(day);
        ExecutorService workers = Executors.newFixedThreadPool(PREPARING_THREADS);
        try {
            for (Future<Object> registered : workers.invokeAll(IntStream.range(0, schools)
                    .mapToObj(s -> (Callable<Object>) () -> school(FIRST_SCHOOL + s)).toList())) {
                registered.get();
            }
            List<Future<RushBooking>> bookings = workers.invokeAll(IntStream.range(0, classes)
                    .mapToObj(c -> (Callable<RushBooking>) () -> schoolClass(
                            String.valueOf(FIRST_SCHOOL + c / CLASSES_PER_SCHOOL), runId, c, grade, slots.get(load.rushSlot(c))))
                    .toList());
            List<RushBooking> rush = new ArrayList<>();
            for (Future<RushBooking> booking : bookings) {
                rush.add(booking.get());
            }
            return new Rush(day, rush);
        } finally {
            workers.shutdownNow();
        }
    }

    private int gradeOf(String test) {
        JsonNode tests = calls.get(settings.bookingUrl().resolve("/api/v1/tests"), credentials.of("admin"));
        return StreamSupport.stream(tests.spliterator(), false).filter(t -> t.path("code").asText().equals(test))
                .findFirst().map(t -> t.path("grade").asInt())
                .orElseThrow(() -> new IllegalArgumentException("load.test: booking-service has no test " + test));
    }

    /** The first school day from the lead on whose slots nobody has booked. */
    private LocalDate freeDay() {
        LocalDate day = settings.rushDate().orElse(LocalDate.now(SCHOOL_ZONE).plusDays(RUSH_LEAD_DAYS));
        for (int tried = 0; tried < DAYS_SEARCHED; tried++, day = day.plusDays(1)) {
            URI uri = settings.bookingUrl().resolve("/api/v1/slots?date=" + day);
            PlatformCalls.Answer answer = calls.send(HttpRequest.newBuilder(uri).GET(), credentials.of("admin"));
            if (answer.status() == 200 && answer.body().size() > 1
                    && StreamSupport.stream(answer.body().spliterator(), false).allMatch(slot -> slot.path("booked").asLong() == 0)) {
                return day;
            }
            if (settings.rushDate().isPresent()) {
                throw new IllegalArgumentException("load.rush-date " + day + " is not a school day with free slots (" + answer.status() + ")");
            }
        }
        throw new IllegalStateException("No school day in the " + DAYS_SEARCHED + " days from " + day.minusDays(DAYS_SEARCHED)
                + " has free slots: is a school year registered?");
    }

    private List<String> slotStarts(LocalDate day) {
        JsonNode slots = calls.get(settings.bookingUrl().resolve("/api/v1/slots?date=" + day), credentials.of("admin"));
        return StreamSupport.stream(slots.spliterator(), false).map(slot -> slot.path("start").asText()).toList();
    }

    private Object school(int institutionNumber) {
        return calls.post(settings.bookingUrl().resolve("/api/v1/schools"), credentials.of("admin"),
                Map.of("institutionNumber", String.valueOf(institutionNumber), "name", "Load-test school " + institutionNumber,
                        "municipality", "Load test"), Set.of(201, 409));
    }

    private RushBooking schoolClass(String institutionNumber, String runId, int index, int grade, String slotStart) {
        List<String> pupils = IntStream.rangeClosed(1, settings.classSize())
                .mapToObj(n -> "L" + runId + "-" + index + "-" + n).toList();
        Map<String, Object> body = new HashMap<>();
        body.put("name", grade + "-" + runId + "-" + index % CLASSES_PER_SCHOOL);
        body.put("grade", grade);
        body.put("pupils", pupils);
        String token = credentials.ofSchool(institutionNumber);
        JsonNode created = calls.post(settings.bookingUrl().resolve("/api/v1/schools/" + institutionNumber + "/classes"), token,
                body, Set.of(201)).body();
        return new RushBooking(institutionNumber, created.path("id").asLong(), slotStart, token);
    }
}
