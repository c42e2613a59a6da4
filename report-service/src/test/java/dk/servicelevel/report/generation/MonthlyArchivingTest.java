package dk.servicelevel.report.generation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.report.ReportKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Filing the demo month's reports: every kind in every format with its checksum, versions that never change. */
@QuarkusTest
class MonthlyArchivingTest {

    private static final String REPORTS = "/api/v1/reports";
    private static final int CONCURRENT_FILINGS = 4;

    @Inject
    MonthlyArchiving archiving;

    @Inject
    Pool pool;

    @Test
    void generatingAgainFilesNewVersionsAndLeavesTheFirstExactlyAsItWas() throws Exception {
        List<Map<String, Object>> first = archive("2026-09");
        assertThat(first).hasSize(ReportKind.values().length);
        assertThat(first).extracting(r -> r.get("kind")).containsExactlyInAnyOrder(
                Arrays.stream(ReportKind.values()).map(Enum::name).toArray());
        Map<String, Object> operations = first.stream().filter(r -> "MONTHLY_OPERATIONS".equals(r.get("kind"))).findFirst().orElseThrow();
        assertThat(operations.get("reportVersion")).isEqualTo(1);
        assertThat(((Map<?, ?>) operations.get("sources")).keySet()).anyMatch("sla/NT-APPLICATION"::equals);
        byte[] pdf = download(operations, "application/pdf", "en");

        List<Map<String, Object>> second = archive("2026-09");
        assertThat(second).extracting(r -> r.get("reportVersion")).containsOnly(2);

        JsonPath firstAgain = given().auth().oauth2(AccessTokens.forRole("ministry"))
                .get(REPORTS + "/{id}", operations.get("id")).then().statusCode(200).extract().jsonPath();
        assertThat(firstAgain.getInt("reportVersion")).isEqualTo(1);
        assertThat(firstAgain.getList("formats.sha256")).isEqualTo(((List<?>) operations.get("formats")).stream()
                .map(f -> ((Map<?, ?>) f).get("sha256")).toList());
        assertThat(download(operations, "application/pdf", "en")).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Monthly operations report", "September 2026");
        }
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("period", "2026-09").queryParam("kind", "MONTHLY_OPERATIONS")
                .get(REPORTS).then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void fourConcurrentFilingsOfOneMonthFileOneVersionOfEachKindAndAnswerItToAll() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENT_FILINGS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_FILINGS; i++) {
            answers.add(senders.submit(() -> {
                start.await();
                return given().auth().oauth2(AccessTokens.forRole("vendor-ops")).contentType("application/json")
                        .body("{\"month\": \"2026-06\"}").post(REPORTS);
            }));
        }
        start.countDown();
        List<List<Integer>> filed = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
            filed.add(response.jsonPath().getList("id", Integer.class).stream().sorted().toList());
        }
        senders.shutdown();

        assertThat(filed).as("the versions each filing answered").containsOnly(filed.get(0));
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("period", "2026-06")
                .get(REPORTS).then().statusCode(200).body("reportVersion", everyItem(is(1)))
                .body("$", hasSize(ReportKind.values().length));
    }

    @Test
    void everyFormatDownloadsInEachLanguageWithTheChecksumItWasFiledWith() throws Exception {
        List<Map<String, Object>> filed = archive("2026-08");
        for (Map<String, Object> report : filed) {
            List<Map<?, ?>> formats = ((List<?>) report.get("formats")).stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).toList();
            assertThat(formats).as("the figures, and HTML, PDF and CSV in Danish and English")
                    .extracting(f -> f.get("mediaType") + " " + f.get("language")).containsExactlyInAnyOrder("application/json null",
                            "text/html da", "text/html en", "application/pdf da", "application/pdf en", "text/csv da", "text/csv en");
            for (Map<?, ?> format : formats) {
                download(report, (String) format.get("mediaType"), (String) format.get("language"));
            }
        }
        given().auth().oauth2(AccessTokens.forRole("ministry")).get("/api/v1/reports/{id}/file", filed.get(0).get("id"))
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        Map<String, Object> status = filed.stream().filter(r -> "MONTHLY_STATUS".equals(r.get("kind"))).findFirst().orElseThrow();
        assertThat(new String(download(status, "text/html", "da"), StandardCharsets.UTF_8)).contains("<h1>Månedlig driftsstatus</h1>");
        assertThat(new String(download(status, "text/html", "en"), StandardCharsets.UTF_8)).contains("<h1>Monthly status</h1>");
    }

    @Test
    void onlyVendorOpsAndAdminGenerateAndOnlyAClosedMonthIsArchived() {
        given().auth().oauth2(AccessTokens.forRole("ministry")).contentType("application/json").body("{\"month\": \"2026-07\"}")
                .post(REPORTS).then().statusCode(403);
        given().auth().oauth2(AccessTokens.forSchool("280010")).contentType("application/json").body("{\"month\": \"2026-07\"}")
                .post(REPORTS).then().statusCode(403);
        String thisMonth = YearMonth.now().toString();
        given().auth().oauth2(AccessTokens.forRole("admin")).contentType("application/json").body("{\"month\": \"" + thisMonth + "\"}")
                .post(REPORTS).then().statusCode(422).contentType("application/problem+json").body(containsString("month"));
        given().auth().oauth2(AccessTokens.forRole("admin")).contentType("application/json").body("{\"month\": \"July\"}")
                .post(REPORTS).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(AccessTokens.forRole("admin")).contentType("application/json").body("{\"month\": \"2026-07\", \"kinds\": [null]}")
                .post(REPORTS).then().statusCode(400).contentType("application/problem+json").body(containsString("kinds"));
    }

    @Test
    void theSchedulerFilesTheMonthBeforeOnceAndThenHasNothingLeftToDo() throws Throwable {
        YearMonth previous = YearMonth.now(ZoneId.of("Europe/Copenhagen")).minusMonths(1);
        leaseHeldElsewhereUntil(Instant.now().plus(Duration.ofHours(1)));

        VertxContextSupport.subscribeAndAwait(() -> archiving.scheduled());
        assertThat(VertxContextSupport.subscribeAndAwait(() -> archiving.missingKinds(previous)))
                .as("another replica holds the archiving").isEqualTo(EnumSet.allOf(ReportKind.class));

        leaseHeldElsewhereUntil(Instant.now().minusSeconds(1));
        VertxContextSupport.subscribeAndAwait(() -> archiving.scheduled());
        VertxContextSupport.subscribeAndAwait(() -> archiving.scheduled());

        assertThat(VertxContextSupport.subscribeAndAwait(() -> archiving.missingKinds(previous))).isEmpty();
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("period", previous.toString())
                .get(REPORTS).then().statusCode(200).body("reportVersion", everyItem(is(1)))
                .body("$", hasSize(ReportKind.values().length));
    }

    private void leaseHeldElsewhereUntil(Instant until) {
        pool.preparedQuery("insert into job_lease (job, holder, expires_at) values ('monthly-archiving', 'replica-elsewhere', $1) "
                + "on conflict (job) do update set holder = excluded.holder, expires_at = excluded.expires_at")
                .execute(Tuple.of(until.atOffset(ZoneOffset.UTC))).await().atMost(Duration.ofSeconds(30));
    }

    private static List<Map<String, Object>> archive(String month) {
        return given().auth().oauth2(AccessTokens.forRole("vendor-ops")).contentType("application/json")
                .body("{\"month\": \"" + month + "\"}").post(REPORTS)
                .then().statusCode(201).extract().jsonPath().getList("$");
    }

    /** The filed format in the language (null for the figures), checked against its checksum. */
    private static byte[] download(Map<String, Object> report, String mediaType, String language) throws Exception {
        Map<?, ?> format = ((List<?>) report.get("formats")).stream().map(f -> (Map<?, ?>) f)
                .filter(f -> mediaType.equals(f.get("mediaType")) && Objects.equals(language, f.get("language")))
                .findFirst().orElseThrow();
        ValidatableResponse answer = given().auth().oauth2(AccessTokens.forRole("ministry")).urlEncodingEnabled(false)
                .get((String) format.get("href")).then().statusCode(200).contentType(containsString(mediaType));
        if (language != null) {
            answer.header("Content-Language", language);
        }
        byte[] content = answer.extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))).isEqualTo(format.get("sha256"));
        String extension = mediaType.substring(mediaType.indexOf('/') + 1);
        byte[] file = given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("format", extension)
                .queryParam("lang", language == null ? "da" : language).get("/api/v1/reports/{id}/file", report.get("id"))
                .then().statusCode(200).contentType(containsString(mediaType)).extract().asByteArray();
        assertThat(file).as("the same bytes as a file").isEqualTo(content);
        return content;
    }
}
