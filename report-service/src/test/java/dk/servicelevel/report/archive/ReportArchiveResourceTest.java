package dk.servicelevel.report.archive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.rendering.ReportFormat;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
class ReportArchiveResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReportArchive archive;

    @Inject
    ArchivedReportRepository reports;

    @Test
    void filingAgainMakesANewVersionAndKeepsTheFirst() throws Throwable {
        YearMonth month = YearMonth.of(2025, 3);
        ArchivedReport first = file(ReportKind.FAULT_LOG, month, "first");
        ArchivedReport second = file(ReportKind.FAULT_LOG, month, "second");

        assertEquals(1, first.reportVersion);
        assertEquals(2, second.reportVersion);
        given().auth().oauth2(AccessTokens.forRole("ministry"))
                .queryParam("kind", "FAULT_LOG").queryParam("period", "2025-03")
                .get("/api/v1/reports")
                .then().statusCode(200)
                .body("reportVersion", contains(2, 1))
                .body("sha256", contains(
                        "16367aacb67a4a017c8da8ab95682ccb390863780f7114dda0a0e0c55644c7c4",
                        "a7937b64b8caa58f03721bb6bacf5c78cb235febe0e70b1b84cd99541461a08e"));
    }

    @Test
    void theDatabaseRefusesToChangeAnArchivedVersion() throws Throwable {
        ArchivedReport filed = file(ReportKind.ACTIVITY, YearMonth.of(2025, 4), "as filed");

        assertThrows(Exception.class, () -> VertxContextSupport.subscribeAndAwait(() -> Panache
                .withTransaction(() -> reports.update("period = '1999-01' where id = ?1", filed.id))));
        given().auth().oauth2(AccessTokens.forRole("admin")).get("/api/v1/reports/{id}", filed.id)
                .then().statusCode(200).body("period", equalTo("2025-04"));
    }

    @Test
    void refusesAMalformedMonthOrKindNamingTheParameter() {
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("period", "2025-13")
                .get("/api/v1/reports")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("period"));
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("kind", "SECRET")
                .get("/api/v1/reports")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", contains("kind"));
    }

    @Test
    void keepsSchoolsOutAndAnswersAnUnknownReportWithNotFound() {
        given().auth().oauth2(AccessTokens.forSchool("280010")).get("/api/v1/reports").then().statusCode(403);
        given().get("/api/v1/reports").then().statusCode(401);
        given().auth().oauth2(AccessTokens.forRole("vendor-ops")).get("/api/v1/reports/{id}", 987654)
                .then().statusCode(404).contentType(PROBLEM);
    }

    private ArchivedReport file(ReportKind kind, YearMonth month, String content) throws Throwable {
        RenderedReport rendered = new RenderedReport(kind, month.toString(), new TreeMap<>(),
                content.getBytes(StandardCharsets.UTF_8), List.of());
        return VertxContextSupport.subscribeAndAwait(() -> archive.file(List.of(rendered), "test", Instant.now())).get(0);
    }
}
