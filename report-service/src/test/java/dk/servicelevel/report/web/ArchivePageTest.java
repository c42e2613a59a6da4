package dk.servicelevel.report.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.local.PageForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Filing a month from the archive page: a refused month stays in the field with what is wrong next to it. */
@QuarkusTest
class ArchivePageTest {

    @Test
    void aMonthThatCannotBeReadIsKeptWithHowToWriteIt() {
        filing().formParam("month", "oktober").post("/arkiv").then().statusCode(422)
                .body(containsString("id=\"month-problem\">Skriv måneden som ÅÅÅÅ-MM, fx 2026-10.</p>"),
                        containsString("aria-describedby=\"month-problem\""), containsString("value=\"oktober\""));
        filing().cookie("lang", "en").formParam("month", "").post("/arkiv").then().statusCode(422)
                .body(containsString("id=\"month-problem\">Write the month as YYYY-MM, for example 2026-10.</p>"));
    }

    @Test
    void aMonthThatHasNotEndedIsRefusedNextToTheField() {
        filing().formParam("month", "2099-01").post("/arkiv").then().statusCode(422)
                .body(containsString("id=\"month-problem\">Måneden er ikke slut: kun en afsluttet måned arkiveres.</p>"),
                        containsString("value=\"2099-01\""), containsString("Arkiveringen blev afvist"));
    }

    /** A form as the archive's own page sends it, by the operations vendor. */
    private static RequestSpecification filing() {
        return given().redirects().follow(false).cookie(PageForms.signInCookie("report-service"), AccessTokens.forRole("vendor-ops"))
                .cookie(PageForms.antiForgeryCookie("report-service"), PageForms.ANTI_FORGERY_TOKEN)
                .formParam(PageForms.ANTI_FORGERY_FIELD, PageForms.ANTI_FORGERY_TOKEN);
    }
}
