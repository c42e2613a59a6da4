package dk.servicelevel.report.generation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document tells a reader of each report every format it comes in and how to ask for a month. */
@QuarkusTest
class ReportOpenApiTest {

    /** The document, on the management interface (under its root, /q) beside health and metrics. */
    @TestHTTPResource(value = "openapi", management = true)
    URL document;

    @Test
    void everyReportOperationDocumentsItsFormatsItsLanguagesAndItsMonth() {
        for (String report : new String[] { "monthly-operations", "monthly-status", "usage", "activity", "fault-log" }) {
            String operation = "paths.'/api/v1/reports/" + report + "'.get.";
            given().queryParam("format", "json").get(document).then().statusCode(200)
                    .body(operation + "responses.'200'.content.keySet()",
                            containsInAnyOrder("application/json", "text/html", "application/pdf", "text/csv"))
                    .body(operation + "parameters.find { it.name == 'month' }.schema.type", equalTo("string"))
                    .body(operation + "parameters.find { it.name == 'format' }.schema.enum", hasItems("json", "html", "pdf", "csv"))
                    .body(operation + "parameters.find { it.name == 'lang' }.schema.enum", containsInAnyOrder("da", "en"));
        }
        given().queryParam("format", "json").get(document).then().statusCode(200)
                .body("paths.'/api/v1/reports/{id}/content'.get.parameters.find { it.name == 'lang' }.schema.enum",
                        containsInAnyOrder("da", "en"))
                .body("paths.'/api/v1/reports/{id}/file'.get.operationId", equalTo("downloadFiledReport"))
                .body("paths.'/api/v1/reports/{id}/file'.get.responses.'200'.content.collect { it.value.schema.format }.unique()",
                        contains("binary"));
    }

    /** A generated client takes the first media type's schema of a response: a download has bytes in each of its formats. */
    @Test
    void everyReportHasADocumentOperationWhoseAnswerIsBytesInEachFormat() {
        for (String report : new String[] { "monthly-operations", "monthly-status", "usage", "activity", "fault-log" }) {
            String operation = "paths.'/api/v1/reports/" + report + "/document'.get.";
            given().queryParam("format", "json").get(document).then().statusCode(200)
                    .body(operation + "operationId", startsWith("download"))
                    .body(operation + "responses.'200'.'$ref'", equalTo("#/components/responses/ReportDocument"))
                    .body(operation + "parameters.find { it.name == 'format' }.required", equalTo(true))
                    .body(operation + "parameters.find { it.name == 'format' }.schema.enum", containsInAnyOrder("pdf", "csv", "html"));
        }
        given().queryParam("format", "json").get(document).then().statusCode(200)
                .body("components.responses.ReportDocument.content.keySet()", containsInAnyOrder("application/pdf", "text/csv", "text/html"))
                .body("components.responses.ReportDocument.content.collect { it.value.schema.format }.unique()", contains("binary"));
    }
}
