package dk.servicelevel.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dk.servicelevel.local.AccessTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Schools, classes, tests and the school year 2026-27, as the users send them. */
public final class BookingFixtures {

    public static final String TEST = "DANISH-READING-4";

    private BookingFixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(AccessTokens.forRole(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asSchool(String institutionNumber) {
        return given().auth().oauth2(AccessTokens.forSchool(institutionNumber)).contentType(ContentType.JSON);
    }

    /** The school year 2026-27 and the test, there once for all tests. */
    public static void schoolYearAndTest() {
        as("admin").body(Map.of("label", "2026-27", "startsOn", "2026-08-10", "summerHolidayStartsOn", "2027-06-26",
                "closedDays", List.of("2027-02-15", "2027-02-16")))
                .post("/api/v1/school-years").then().statusCode(anyOf(is(201), is(409)));
        as("admin").body(Map.of("code", TEST, "subject", "Dansk, læsning", "subjectEn", "Danish, reading", "grade", 4,
                "windowOpens", "2027-05-03", "windowCloses", "2027-05-28"))
                .post("/api/v1/tests").then().statusCode(anyOf(is(201), is(409)));
    }

    public static String newSchool() {
        String number = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        as("admin").body(Map.of("institutionNumber", number, "name", "School " + number, "municipality", "Aarhus"))
                .post("/api/v1/schools").then().statusCode(anyOf(is(201), is(409)));
        return number;
    }

    /** Adds a grade-4 class of new pupils to a school and answers its id. */
    public static long newClass(String school, int pupils) {
        List<String> pseudonyms = new ArrayList<>();
        for (int i = 0; i < pupils; i++) {
            pseudonyms.add("p-" + UUID.randomUUID());
        }
        return asSchool(school).body(Map.of("name", "4" + UUID.randomUUID().toString().substring(0, 6), "grade", 4, "pupils", pseudonyms))
                .post("/api/v1/schools/{school}/classes", school).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static List<String> pupilsOf(String school, long classId) {
        return asSchool(school).get("/api/v1/schools/{school}/classes", school).then().statusCode(200)
                .extract().jsonPath().getList("find { it.id == " + classId + " }.pupils", String.class);
    }

    public static Map<String, Object> booking(long classId, String slotStart) {
        return Map.of("test", TEST, "classId", classId, "slotStart", slotStart);
    }
}
