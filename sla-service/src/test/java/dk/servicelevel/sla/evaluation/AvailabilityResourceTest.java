package dk.servicelevel.sla.evaluation;

import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractDefinition;
import static dk.servicelevel.sla.SlaFixtures.contractSla;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static dk.servicelevel.sla.SlaFixtures.outage;
import static dk.servicelevel.sla.SlaFixtures.serviceWindow;
import static dk.servicelevel.sla.SlaFixtures.WEEKDAYS;
import static dk.servicelevel.sla.SlaFixtures.sla;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AvailabilityResourceTest {

    private static final String FOUR_WEEKS_FROM = "2026-06-01T00:00:00+02:00";
    private static final String FOUR_WEEKS_TO = "2026-06-29T00:00:00+02:00";

    @Test
    void reproducesTheWorkedExampleOfTheDesignFromIncidentServicesRecords() {
        String system = newSystem();
        String sla = contractSla(system);
        String tuesday = outage(system, 1, "2026-06-02T10:00:00+02:00", "2026-06-02T10:03:00+02:00");
        String wednesday = outage(system, 2, "2026-06-03T16:50:00+02:00", "2026-06-03T17:20:00+02:00");
        serviceWindow(system, "2026-06-06T01:00:00+02:00", "2026-06-06T02:00:00+02:00", "2026-06-01T09:00:00+02:00");

        between(sla, FOUR_WEEKS_FROM, FOUR_WEEKS_TO)
                .body("windows.name", contains("A", "B"))
                .body("windows[0].agreedMinutes", equalTo(12000.00f))
                .body("windows[0].downtimeMinutes", equalTo(15.00f))
                .body("windows[0].availabilityPercent", equalTo(99.875f))
                .body("windows[0].met", equalTo(false))
                .body("windows[0].budgetRemainingMinutes", equalTo(-3.00f))
                .body("windows[0].downtime.incidentId", contains(tuesday, wednesday))
                .body("windows[0].downtime.countedMinutes", contains(5.00f, 10.00f))
                .body("windows[0].downtime.source", contains("OUTAGE", "OUTAGE"))
                .body("windows[1].agreedMinutes", equalTo(28260.00f))
                .body("windows[1].serviceWindowMinutes", equalTo(60.00f))
                .body("windows[1].downtimeMinutes", equalTo(20.00f))
                .body("windows[1].availabilityPercent", equalTo(99.929f))
                .body("windows[1].met", equalTo(true))
                .body("combined.agreedMinutes", equalTo(40260.00f))
                .body("combined.downtimeMinutes", equalTo(35.00f))
                .body("versions.version", contains(1));
    }

    @Test
    void overlappingOutagesAreCountedOnceAndOnlyCountedCategoriesCount() {
        String system = newSystem();
        String sla = contractSla(system);
        String first = outage(system, 1, "2026-06-09T10:00:00+02:00", "2026-06-09T10:30:00+02:00");
        String second = outage(system, 2, "2026-06-09T10:20:00+02:00", "2026-06-09T10:40:00+02:00");
        outage(system, 2, "2026-06-09T10:05:00+02:00", "2026-06-09T10:10:00+02:00");
        outage(system, 3, "2026-06-10T10:00:00+02:00", "2026-06-10T12:00:00+02:00");

        between(sla, FOUR_WEEKS_FROM, FOUR_WEEKS_TO)
                .body("windows[0].downtimeMinutes", equalTo(40.00f))
                .body("windows[0].downtime.incidentId", contains(first, second))
                .body("windows[0].downtime.countedMinutes", contains(30.00f, 10.00f));
    }

    @Test
    void serviceWindowsThatDoNotQualifyCountAsDowntimeWithTheirReason() {
        String system = newSystem();
        String sla = contractSla(system);
        serviceWindow(system, "2026-06-06T04:00:00+02:00", "2026-06-06T06:00:00+02:00", "2026-06-01T09:00:00+02:00");
        serviceWindow(system, "2026-06-13T01:00:00+02:00", "2026-06-13T02:00:00+02:00", "2026-06-12T09:00:00+02:00");
        serviceWindow(system, "2026-06-20T00:00:00+02:00", "2026-06-20T02:30:00+02:00", "2026-06-01T09:00:00+02:00");

        between(sla, FOUR_WEEKS_FROM, FOUR_WEEKS_TO)
                .body("windows[1].serviceWindowMinutes", equalTo(120.00f))
                .body("windows[1].downtime.reason", contains("outside the allowed hours 00:00–05:00",
                        "announced PT16H before its start; the notice is PT48H", "beyond the monthly allowance of PT2H"))
                .body("windows[1].downtime.countedMinutes", contains(60.00f, 60.00f, 90.00f));
    }

    @Test
    void aMonthIsTheCalendarMonthOfTheSlasZoneAndARollingPeriodEndsAtItsInstant() {
        String system = newSystem();
        String sla = contractSla(system);
        as("ministry").queryParam("month", "2026-10").get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(200)
                .body("from", equalTo("2026-09-30T22:00:00Z"), "to", equalTo("2026-10-31T23:00:00Z"))
                .body("combined.agreedMinutes", equalTo((31 * 24 + 1) * 60.00f));
        as("ministry").queryParam("rolling", "P28D").queryParam("at", "2026-10-29T00:00:00+01:00")
                .get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(200)
                .body("from", equalTo("2026-09-30T22:00:00Z"), "to", equalTo("2026-10-28T23:00:00Z"));
        as("ministry").queryParam("rolling", "PT672H").queryParam("at", "2026-10-29T00:00:00+01:00")
                .get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(200)
                .body("from", equalTo("2026-09-30T23:00:00Z"), "combined.agreedMinutes", equalTo(672 * 60.00f));
    }

    /**
     * "Rolling 4 weeks" is 28 local days: across the start of summer time (29 March 2026) they hold one day of 23 hours,
     * across its end (25 October 2026) one of 25, and they start at the local midnight their end is at.
     */
    @Test
    void aRollingFourWeeksAcrossEachChangeOfSummerTimeIs28LocalDays() {
        String sla = contractSla(newSystem());
        rolling(sla, "P4W", "2026-04-13T00:00:00+02:00")
                .body("from", equalTo("2026-03-15T23:00:00Z"), "combined.agreedMinutes", equalTo((28 * 24 - 1) * 60.00f));
        rolling(sla, "P28D", "2026-04-13T00:00:00+02:00")
                .body("from", equalTo("2026-03-15T23:00:00Z"), "combined.agreedMinutes", equalTo((28 * 24 - 1) * 60.00f));
        rolling(sla, "P4W", "2026-11-09T00:00:00+01:00")
                .body("from", equalTo("2026-10-11T22:00:00Z"), "combined.agreedMinutes", equalTo((28 * 24 + 1) * 60.00f));
        as("ministry").queryParam("rolling", "P0W").get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(400).body("violations.field", contains("rolling"));
        as("ministry").queryParam("rolling", "4 uger").get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(400).body("violations.field", contains("rolling"));
    }

    private static ValidatableResponse rolling(String sla, String length, String at) {
        return as("ministry").queryParam("rolling", length).queryParam("at", at).get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(200);
    }

    @Test
    void anSlaRevisedMidPeriodIsEvaluatedWithEachVersionWhereItWasInForce() {
        String system = newSystem();
        String sla = contractSla(system);
        Map<String, Object> longer = contractDefinition();
        longer.put("windows", List.of(
                Map.of("name", "A", "targetPercent", 99.5,
                        "schedule", List.of(Map.of("days", WEEKDAYS, "from", "06:00", "to", "18:00"))),
                Map.of("name", "B", "targetPercent", 95.0, "rest", true)));
        as("admin").header("If-Match", "\"0\"")
                .body(Map.of("name", "Longer A", "validFrom", "2026-06-15T00:00:00+02:00", "definition", longer,
                        "reason", "Window A from 06:00 as of 15 June, signed in November"))
                .put("/api/v1/slas/{id}", sla).then().statusCode(200);
        outage(system, 1, "2026-06-02T06:30:00+02:00", "2026-06-02T06:40:00+02:00");
        String counted = outage(system, 1, "2026-06-16T06:30:00+02:00", "2026-06-16T06:40:00+02:00");

        between(sla, FOUR_WEEKS_FROM, FOUR_WEEKS_TO)
                .body("versions.version", contains(1, 2))
                .body("versions[1].from", equalTo("2026-06-14T22:00:00Z"))
                .body("versions[0].lateRevision", nullValue())
                .body("versions[1].lateRevision.reason", equalTo("Window A from 06:00 as of 15 June, signed in November"),
                        "versions[1].lateRevision.recordedBy", notNullValue(), "versions[1].lateRevision.recordedAt", notNullValue())
                .body("windows[0].agreedMinutes", equalTo(10 * 600 + 10 * 720.00f))
                .body("windows[0].targetPercent", equalTo(99.5f))
                .body("windows[0].downtime.incidentId", contains(counted));
    }

    @Test
    void theDaysDaylightSavingTimeStartsAndEndsHave23And25Hours() {
        String sla = contractSla(newSystem());
        between(sla, "2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00")
                .body("windows[1].agreedMinutes", equalTo(23 * 60.00f));
        between(sla, "2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00")
                .body("windows[1].agreedMinutes", equalTo(25 * 60.00f));
    }

    @Test
    void aDanishPublicHolidayIsNotInAWindowThatExcludesThem() {
        String system = newSystem();
        Map<String, Object> definition = contractDefinition();
        definition.put("windows", List.of(
                Map.of("name", "A", "targetPercent", 99.9, "excludedHolidays", "DENMARK",
                        "schedule", List.of(Map.of("days", WEEKDAYS, "from", "07:00", "to", "17:00"))),
                Map.of("name", "B", "targetPercent", 95.0, "rest", true)));
        String sla = system + "-APP";
        as("admin").body(sla(sla, system, "2020-01-01T00:00:00Z", definition)).post("/api/v1/slas").then().statusCode(201);
        // Ascension Day, Thursday 14 May 2026
        between(sla, "2026-05-11T00:00:00+02:00", "2026-05-18T00:00:00+02:00")
                .body("windows[0].agreedMinutes", equalTo(4 * 600.00f))
                .body("windows[1].agreedMinutes", equalTo(7 * 1440 - 4 * 600.00f));
    }

    @Test
    void asksForExactlyOnePeriodAndKeepsSchoolsOut() {
        String sla = contractSla(newSystem());
        as("ministry").get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", contains("from"));
        as("ministry").queryParam("month", "2026-10").queryParam("rolling", "P28D").get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(400).body("violations.field", contains("month"));
        as("ministry").queryParam("from", FOUR_WEEKS_TO).queryParam("to", FOUR_WEEKS_FROM).get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(422);
        as("ministry").queryParam("month", "2019-12").get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(422).body("violations.field", contains("from"));
        as("ministry").queryParam("month", "2026-10").get("/api/v1/slas/{id}/availability", "NO-SUCH-SLA")
                .then().statusCode(404);
        given().auth().oauth2(AccessTokens.forSchool("280010")).queryParam("month", "2026-10")
                .get("/api/v1/slas/{id}/availability", sla).then().statusCode(403);
    }

    static ValidatableResponse between(String sla, String from, String to) {
        return as("ministry").queryParam("from", from).queryParam("to", to).get("/api/v1/slas/{id}/availability", sla)
                .then().statusCode(200).body("windows", hasSize(2));
    }
}
