package dk.servicelevel.report.generation;

import static dk.servicelevel.report.SourceServices.DECIMALS;
import static dk.servicelevel.report.SourceServices.asMinistry;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The reports against what the owning services, running beside report-service with the demo month, answer themselves. */
@QuarkusTest
class ReportResourceTest {

    private static final String MONTH = "2026-10";
    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "quarkus.rest-client.sla-service.url")
    String slaService;

    @ConfigProperty(name = "quarkus.rest-client.incident-service.url")
    String incidentService;

    @ConfigProperty(name = "quarkus.rest-client.booking-service.url")
    String bookingService;

    @Test
    void theMonthlyOperationsReportHasSlaServicesFiguresForEachSystemAndLayer() {
        JsonPath report = report("monthly-operations", "json").jsonPath();

        List<Map<String, Object>> systems = report.getList("systems");
        assertThat(systems).extracting(s -> s.get("systemCode")).containsExactly("FKA", "NT", "SP", "UNI-LOGIN");
        for (Map<String, Object> system : systems) {
            String code = (String) system.get("systemCode");
            JsonPath calls = asMinistry(slaService).queryParam("system", code).queryParam("month", MONTH)
                    .get("/api/v1/measurements/counts").then().statusCode(200).extract().jsonPath();
            assertThat(((Number) system.get("transactions")).longValue()).isEqualTo(calls.getLong("operations"));
            for (Map<String, Object> layer : list(system, "layers")) {
                JsonPath evaluated = asMinistry(slaService).queryParam("month", MONTH)
                        .get("/api/v1/slas/{id}/availability", layer.get("slaId")).then().statusCode(200).extract().jsonPath();
                Map<String, Object> combined = map(layer, "combined");
                assertThat(decimal(combined.get("availabilityPercent"))).isEqualByComparingTo(decimal(evaluated.get("combined.availabilityPercent")));
                assertThat(decimal(combined.get("agreedMinutes"))).isEqualByComparingTo(decimal(evaluated.get("combined.agreedMinutes")));
                assertThat(decimal(combined.get("downtimeMinutes"))).isEqualByComparingTo(decimal(evaluated.get("combined.downtimeMinutes")));
                assertThat(combined.get("met")).isEqualTo(evaluated.get("combined.met"));
                assertThat(list(layer, "windows")).extracting(w -> decimal(w.get("availabilityPercent")))
                        .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .containsExactlyElementsOf(evaluated.getList("windows.availabilityPercent").stream().map(ReportResourceTest::decimal).toList());
                List<String> incidents = asMinistry(incidentService).queryParam("from", "2026-10-01T00:00:00+02:00")
                        .queryParam("to", "2026-11-01T00:00:00+01:00").queryParam("system", code).queryParam("limit", 200)
                        .get("/api/v1/incidents").then().statusCode(200).extract().jsonPath()
                        .getList("items.findAll { it.layer == '" + layer.get("layer") + "' }.id");
                assertThat(list(layer, "faults")).extracting(f -> f.get("incidentId")).containsExactlyInAnyOrderElementsOf(incidents);
            }
            List<Object> windows = asMinistry(incidentService).queryParam("system", code)
                    .queryParam("from", "2026-10-01T00:00:00+02:00").queryParam("to", "2026-11-01T00:00:00+01:00")
                    .get("/api/v1/service-windows").then().statusCode(200).extract().jsonPath().getList("id");
            assertThat(list(system, "serviceWindows")).extracting(w -> w.get("id")).containsExactlyElementsOf(windows);
        }
        assertThat(report.getString("sources.'incident/INC-2026-000003'")).isNotBlank();
        assertThat(report.getString("sources.'sla/NT-APPLICATION'")).isEqualTo("1");
    }

    @Test
    void theMonthlyOperationsReportShowsTwelveMonthsTheLoadOverTheDayTheChangesAndTheNarratives() {
        JsonPath report = report("monthly-operations", "json").jsonPath();
        JsonPath status = report("monthly-status", "json").jsonPath();

        Map<String, Object> nt = report.getMap("systems.find { it.systemCode == 'NT' }");
        assertThat(list(nt, "lastMonths")).as("the monthly status's 12 months")
                .isEqualTo(status.getList("systems.find { it.systemCode == 'NT' }.slas"));
        assertThat(list(nt, "transactionsPerMonth")).hasSize(12).last().extracting(m -> m.get("operations"))
                .isEqualTo(nt.get("transactions"));
        List<Long> perHour = report.getList("systems.find { it.systemCode == 'NT' }.transactionsByHourOfDay", Long.class);
        assertThat(perHour).hasSize(24);
        assertThat(perHour.stream().mapToLong(Long::longValue).sum()).isEqualTo(((Number) nt.get("transactions")).longValue());
        List<Object> changes = asMinistry(incidentService).queryParam("system", "NT").queryParam("from", "2026-10-01T00:00:00+02:00")
                .queryParam("to", "2026-11-01T00:00:00+01:00").get("/api/v1/changes").then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(list(nt, "changes")).extracting(c -> c.get("id")).containsExactlyInAnyOrderElementsOf(changes);
        changes.forEach(id -> assertThat(report.getString("sources.'change/" + id + "'")).as("the change's version").isNotBlank());
        assertThat(list(nt, "narratives")).extracting(n -> n.get("incidentId")).contains("INC-2026-000003");

        String html = given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "html")
                .get("/api/v1/reports/monthly-operations").then().statusCode(200).extract().asString();
        assertThat(html.split("data:image/png;base64,", -1)).as("four plots per system: availability, downtime by cause, "
                + "load over the day and the year").hasSize(4 * 4 + 1);
        assertThat(html).contains("NT: tilgængelighed pr. vindue mod målene", "NT: nedetid i den aftalte tid efter årsag (timer)",
                        "NT: transaktioner pr. time på dagen", "NT: transaktioner pr. måned", "Tilgængelighed pr. vindue og måned",
                        "Ændringer", "Servicevinduer (planlagt nedetid)");
    }

    /** A revision of the service platform's SLA in force from 15 November, recorded later with its reason, the same rules. */
    @Test
    void aRevisionRecordedAfterItCameIntoForceIsToldInTheMonthsOperationsReport() {
        JsonPath sla = asMinistry(slaService).get("/api/v1/slas/SP-APPLICATION").then().statusCode(200).extract().jsonPath();
        Map<String, Object> definition = sla.getMap("versions[-1].definition");
        given().auth().oauth2(AccessTokens.forRole("admin")).contentType("application/json")
                .header("If-Match", "\"" + sla.getLong("version") + "\"")
                .body(Map.of("name", sla.getString("name"), "validFrom", "2026-11-15T00:00:00+01:00", "definition", definition,
                        "reason", "Tillæg 4, underskrevet 20. november"))
                .put(slaService + "/api/v1/slas/SP-APPLICATION").then().statusCode(200);

        JsonPath november = given().config(DECIMALS).auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", "2026-11")
                .queryParam("format", "json").get("/api/v1/reports/monthly-operations").then().statusCode(200).extract().jsonPath();
        assertThat(november.getList("systems.find { it.systemCode == 'SP' }.layers[0].lateRevisions.reason"))
                .containsExactly("Tillæg 4, underskrevet 20. november");
        assertThat(november.getList("systems.find { it.systemCode == 'SP' }.layers[0].lateRevisions.recordedBy")).doesNotContainNull();
        String html = given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", "2026-11").queryParam("format", "html")
                .get("/api/v1/reports/monthly-operations").then().statusCode(200).extract().asString();
        assertThat(html).contains("SP-APPLICATION er revideret bagud: version 2 gælder fra 15. nov. 2026")
                .contains("Begrundelse: Tillæg 4, underskrevet 20. november");
    }

    @Test
    void theNationalTestsMajorIncidentMakesNtApplicationRedWithItsReactionTimeAndFaultLogReference() {
        JsonPath report = report("monthly-operations", "json").jsonPath();

        Map<String, Object> nt = report.getMap("systems.find { it.systemCode == 'NT' }.layers.find { it.layer == 'APPLICATION' }");
        assertThat(nt.get("status")).isEqualTo("RED");
        Map<String, Object> fault = list(nt, "faults").stream().filter(f -> "PRODUCTION".equals(f.get("environment")))
                .findFirst().orElseThrow();
        assertThat(fault.get("faultLogReference")).isEqualTo("/api/v1/incidents/" + fault.get("incidentId"));
        assertThat(list(nt, "outages")).extracting(o -> o.get("incidentId")).contains(fault.get("incidentId"));
    }

    @Test
    void theMonthlyStatusShowsTwelveMonthsWithTheMonthsBeforeTheSlaAsNotAvailable() {
        JsonPath status = report("monthly-status", "json").jsonPath();

        Map<String, Object> nt = status.getMap("systems.find { it.systemCode == 'NT' }");
        Map<String, Object> application = list(nt, "slas").stream().filter(s -> "NT-APPLICATION".equals(s.get("slaId"))).findFirst().orElseThrow();
        List<Map<String, Object>> months = list(application, "months");
        assertThat(months).extracting(m -> m.get("month")).first().isEqualTo("2025-11");
        assertThat(months).extracting(m -> m.get("month")).last().isEqualTo(MONTH);
        assertThat(months.get(0).get("availabilityPercent")).isNull();
        for (Map<String, Object> month : months.subList(2, months.size())) {
            JsonPath evaluated = asMinistry(slaService).queryParam("month", month.get("month"))
                    .get("/api/v1/slas/NT-APPLICATION/availability").then().statusCode(200).extract().jsonPath();
            assertThat(decimal(month.get("availabilityPercent"))).isEqualByComparingTo(decimal(evaluated.get("combined.availabilityPercent")));
        }
        JsonPath counts = asMinistry(incidentService).queryParam("system", "NT").queryParam("from", MONTH).queryParam("to", MONTH)
                .get("/api/v1/monthly-counts").then().statusCode(200).extract().jsonPath();
        assertThat(((Number) nt.get("changes")).longValue()).isEqualTo(counts.getLong("[0].changes"));
        assertThat(((Number) nt.get("serviceWindows")).longValue()).isEqualTo(counts.getLong("[0].serviceWindows"));
        assertThat(list(nt, "narratives")).extracting(n -> n.get("incidentId")).contains("INC-2026-000003");
        assertThat(status.getList("systems.narratives.flatten().title")).doesNotContainNull();
    }

    @Test
    void thePdfIsAValidDocumentWhoseTextHoldsTheFiguresAsTheReaderWritesThem() throws IOException {
        JsonPath figures = report("monthly-operations", "json").jsonPath();
        List<BigDecimal> windows = figures.getList("systems.layers.flatten().windows.flatten().availabilityPercent").stream()
                .map(ReportResourceTest::decimal).toList();
        assertThat(windows).isNotEmpty();

        String danish = pdfText("da");
        assertThat(danish).contains("Månedlig driftsrapport", "INC-2026-000003", "Samlet status");
        windows.forEach(percent -> assertThat(danish).contains(percent.toPlainString().replace('.', ',') + " %"));
        String english = pdfText("en");
        assertThat(english).contains("Monthly operations report", "Overall status");
        windows.forEach(percent -> assertThat(english).contains(percent.toPlainString() + " %"));
    }

    private String pdfText(String language) throws IOException {
        byte[] pdf = given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "pdf")
                .queryParam("lang", language).get("/api/v1/reports/monthly-operations").then().statusCode(200)
                .contentType("application/pdf").header("Content-Language", language)
                .header("Content-Disposition", containsString("monthly-operations-2026-10.pdf")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void everyReportIsInDanishUnlessEnglishIsAskedForByLangOrAcceptLanguage() {
        Map<String, List<String>> titles = Map.of("monthly-operations", List.of("Månedlig driftsrapport", "Monthly operations report"),
                "monthly-status", List.of("Månedlig driftsstatus", "Monthly status"), "usage", List.of("Anvendelsesrapport", "Usage report"),
                "activity", List.of("Aktivitetsrapport", "Activity report"), "fault-log", List.of("Fejllog", "Fault log"));
        titles.forEach((kind, title) -> {
            given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "html")
                    .get("/api/v1/reports/" + kind).then().statusCode(200).header("Content-Language", "da")
                    .body(containsString("<html lang=\"da\""), containsString("<h1>" + title.get(0) + "</h1>"));
            given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "html")
                    .header("Accept-Language", "en-GB,en;q=0.8").get("/api/v1/reports/" + kind).then().statusCode(200)
                    .header("Content-Language", "en").body(containsString("<h1>" + title.get(1) + "</h1>"));
        });
        String csv = given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "csv")
                .queryParam("lang", "en").get("/api/v1/reports/activity").then().statusCode(200).extract().asString();
        assertThat(csv).contains("Maintenance").doesNotContain("Vedligehold");
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("lang", "sv")
                .get("/api/v1/reports/usage").then().statusCode(400).contentType(PROBLEM).body(containsString("lang"));
    }

    @Test
    void everyReportComesAsHtmlAndCsvByFormatOrAcceptHeader() {
        for (String kind : List.of("monthly-operations", "monthly-status", "usage", "activity", "fault-log")) {
            given().auth().oauth2(AccessTokens.forRole("vendor-ops")).queryParam("month", MONTH).accept("text/html")
                    .get("/api/v1/reports/" + kind).then().statusCode(200).contentType(containsString("text/html"))
                    .body(containsString("<table"));
            String csv = given().auth().oauth2(AccessTokens.forRole("admin")).queryParam("month", MONTH).queryParam("format", "csv")
                    .get("/api/v1/reports/" + kind).then().statusCode(200).contentType(containsString("text/csv"))
                    .extract().asString();
            assertThat(csv.lines().count()).as(kind).isGreaterThan(2);
        }
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).accept("text/html")
                .get("/api/v1/reports/monthly-status").then().statusCode(200).body(containsString("data:image/png;base64,"));
    }

    @Test
    void everyReportIsADocumentToKeepAsPdfCsvOrHtmlWhoseFormatIsGivenAndNotJson() {
        for (String kind : List.of("monthly-operations", "monthly-status", "usage", "activity", "fault-log")) {
            byte[] pdf = given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "pdf")
                    .get("/api/v1/reports/" + kind + "/document").then().statusCode(200).contentType("application/pdf")
                    .header("Content-Language", "da").header("Content-Disposition", containsString(kind + "-2026-10.pdf"))
                    .extract().asByteArray();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).as(kind).isEqualTo("%PDF-");
            given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "csv").queryParam("lang", "en")
                    .get("/api/v1/reports/" + kind + "/document").then().statusCode(200).contentType(containsString("text/csv"))
                    .header("Content-Language", "en");
        }
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH)
                .get("/api/v1/reports/usage/document").then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("format"));
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "json")
                .get("/api/v1/reports/usage/document").then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("format"));
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("from", "2026-10-10T00:00:00Z")
                .queryParam("format", "csv").get("/api/v1/reports/fault-log/document").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("month"));
        given().auth().oauth2(AccessTokens.forSchool("280010")).queryParam("month", MONTH).queryParam("format", "pdf")
                .get("/api/v1/reports/monthly-status/document").then().statusCode(403);
    }

    @Test
    void theFaultLogOfAPeriodIsIncidentServicesFaultLog() {
        String from = "2026-10-10T00:00:00+02:00";
        String to = "2026-10-21T00:00:00+02:00";
        List<String> expected = asMinistry(incidentService).queryParam("from", from).queryParam("to", to).queryParam("limit", 200)
                .get("/api/v1/incidents").then().statusCode(200).extract().jsonPath().getList("items.id");

        JsonPath log = given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/reports/fault-log").then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("entries.id", String.class)).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
        assertThat(log.getString("kind")).isEqualTo("FAULT_LOG");
        assertThat(log.getString("period")).isEqualTo("2026-10-09T22:00:00Z/2026-10-20T22:00:00Z");
    }

    @Test
    void theUsageReportAddsUpBookingServicesFigures() {
        List<Map<String, Object>> perTest = asMinistry(bookingService).queryParam("from", "2026-10-01T00:00:00+02:00")
                .queryParam("to", "2026-11-01T00:00:00+01:00").queryParam("per", "MONTH")
                .get("/api/v1/usage").then().statusCode(200).extract().jsonPath().getList("$");

        JsonPath usage = report("usage", "json").jsonPath();
        assertThat(usage.getLong("total.visits")).isEqualTo(perTest.stream().mapToLong(f -> ((Number) f.get("visits")).longValue()).sum());
        assertThat(usage.getLong("total.hits")).isEqualTo(perTest.stream().mapToLong(f -> ((Number) f.get("hits")).longValue()).sum());
        assertThat(usage.getList("overTheDay")).hasSize(24);
        assertThat(usage.getList("overTheYear")).hasSize(12);
    }

    @Test
    void theActivityReportListsTheMonthsChangesServiceWindowsAndFaults() {
        JsonPath activity = report("activity", "json").jsonPath();

        List<Object> ntChanges = asMinistry(incidentService).queryParam("system", "NT").queryParam("from", "2026-10-01T00:00:00+02:00")
                .queryParam("to", "2026-11-01T00:00:00+01:00").get("/api/v1/changes").then().statusCode(200).extract().jsonPath().getList("id");
        List<String> references = activity.getList("maintenance.reference");
        ntChanges.forEach(id -> assertThat(references).contains("/api/v1/changes/" + id));
        assertThat(activity.getList("faults.incidentId", String.class)).contains("INC-2026-000003");
    }

    @Test
    void badRequestsAreNamedProblemsAndSchoolsHaveNoAccess() {
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", "2026-13")
                .get("/api/v1/reports/monthly-operations").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(AccessTokens.forRole("ministry"))
                .get("/api/v1/reports/usage").then().statusCode(400).contentType(PROBLEM).body(containsString("month"));
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH).queryParam("format", "docx")
                .get("/api/v1/reports/activity").then().statusCode(400).contentType(PROBLEM).body(containsString("format"));
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", "2099-01")
                .get("/api/v1/reports/activity").then().statusCode(422).contentType(PROBLEM);
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("from", "2026-10-10T00:00:00Z")
                .get("/api/v1/reports/fault-log").then().statusCode(400).contentType(PROBLEM).body(containsString("to"));
        given().auth().oauth2(AccessTokens.forSchool("280010")).queryParam("month", MONTH)
                .get("/api/v1/reports/monthly-status").then().statusCode(403);
        given().queryParam("month", MONTH).get("/api/v1/reports/monthly-status").then().statusCode(401);
    }

    private static Response report(String kind, String format) {
        return given().config(DECIMALS).auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", MONTH)
                .queryParam("format", format).get("/api/v1/reports/" + kind).then().statusCode(200).extract().response();
    }

    /** A request to another service, as the ministry. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
