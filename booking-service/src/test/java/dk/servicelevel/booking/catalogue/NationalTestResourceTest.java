package dk.servicelevel.booking.catalogue;

import static dk.servicelevel.booking.BookingFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The test catalogue: each test named in Danish and English, with the weeks of the test plan given whole and in order. */
@QuarkusTest
class NationalTestResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aTestIsKeptWithItsEnglishNameAndTheWeeksOfTheTestPlan() {
        String code = newCode();
        as("admin").body(test(code, "2027-02-01", "2027-03-26")).post("/api/v1/tests").then().statusCode(201);
        as("admin").get("/api/v1/tests").then().statusCode(200)
                .body("find { it.code == '" + code + "' }.subject", equalTo("Matematik"))
                .body("find { it.code == '" + code + "' }.subjectEn", equalTo("Mathematics"))
                .body("find { it.code == '" + code + "' }.windowOpens", equalTo("2027-02-01"))
                .body("find { it.code == '" + code + "' }.windowCloses", equalTo("2027-03-26"));
    }

    @Test
    void weeksOutOfOrderOrWithoutAnEndAreRefusedNamingTheDay() {
        as("admin").body(test(newCode(), "2027-03-26", "2027-02-01")).post("/api/v1/tests")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("windowCloses"));
        as("admin").body(test(newCode(), "2027-02-01", null)).post("/api/v1/tests")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("windowCloses"));
        as("admin").body(test(newCode(), null, "2027-02-01")).post("/api/v1/tests")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", contains("windowOpens"));
    }

    private static Map<String, Object> test(String code, String opens, String closes) {
        Map<String, Object> test = new HashMap<>(Map.of("code", code, "subject", "Matematik", "subjectEn", "Mathematics", "grade", 3));
        test.put("windowOpens", opens);
        test.put("windowCloses", closes);
        return test;
    }

    private static String newCode() {
        return "MATHEMATICS-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }
}
