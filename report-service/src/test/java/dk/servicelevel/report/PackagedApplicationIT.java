package dk.servicelevel.report;

import static dk.servicelevel.report.SourceServices.DECIMALS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged report-service, as it is deployed: the JVM application in {@code ./platform test}, the native
 * executable with {@code ./mvnw verify -Dnative}, reading the demo month from the real source services. It covers what
 * a native image most often loses: PDF rendering with charts drawn by AWT (fonts, PDFBox's resources, the chart
 * library's bundles), numbers written the Danish way, token verification, and the database (the archive).
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    private static final String MONTH = "2026-10";

    @Test
    void theMonthlyOperationsReportIsAPdfWithItsChartsAndTheFiguresWrittenTheDanishWay() throws IOException {
        List<BigDecimal> windows = asMinistry().queryParam("month", MONTH).queryParam("format", "json")
                .get("/api/v1/reports/monthly-operations").then().statusCode(200).extract().jsonPath()
                .getList("systems.layers.flatten().windows.flatten().availabilityPercent").stream()
                .map(percent -> new BigDecimal(String.valueOf(percent))).toList();
        assertThat(windows).isNotEmpty();

        byte[] pdf = asMinistry().queryParam("month", MONTH).queryParam("format", "pdf").queryParam("lang", "da")
                .get("/api/v1/reports/monthly-operations").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Månedlig driftsrapport", "Samlet status");
            windows.forEach(percent -> assertThat(text).contains(percent.toPlainString().replace('.', ',') + " %"));
            assertThat(images(document)).as("charts").isPositive();
        }
    }

    @Test
    void filesAMonthsReportInItsArchiveAndServesItBack() {
        given().auth().oauth2(AccessTokens.forRole("vendor-ops")).contentType("application/json")
                .body("{\"month\": \"" + MONTH + "\", \"kinds\": [\"FAULT_LOG\"]}").post("/api/v1/reports")
                .then().statusCode(201).body("kind", contains("FAULT_LOG"));
        long id = asMinistry().queryParam("kind", "FAULT_LOG").queryParam("period", MONTH).get("/api/v1/reports")
                .then().statusCode(200).body("reportVersion", contains(1)).extract().jsonPath().getLong("[0].id");
        asMinistry().get("/api/v1/reports/{id}", id).then().statusCode(200).body("period", equalTo(MONTH));
    }

    @Test
    void answersOnlyRequestsWithATokenSignedByItsIssuer() {
        given().get("/api/v1/reports").then().statusCode(401);
        given().auth().oauth2(AccessTokens.forgedForRole("ministry")).get("/api/v1/reports").then().statusCode(401);
        asMinistry().get("/api/v1/reports").then().statusCode(200);
    }

    private static RequestSpecification asMinistry() {
        return given().config(DECIMALS).auth().oauth2(AccessTokens.forRole("ministry"));
    }

    private static long images(PDDocument document) {
        long images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                images += page.getResources().isImageXObject(name) ? 1 : 0;
            }
        }
        return images;
    }
}
