package dk.servicelevel.report.generation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.AccessTokens;
import dk.servicelevel.local.PageForms;
import dk.servicelevel.local.PostgresTestResource;
import dk.servicelevel.local.ServiceProcessTestResource;
import dk.servicelevel.local.SigningKeyTestResource;
import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.ReportKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;

/**
 * With sla-service and booking-service unreachable (incident-service answers), nothing is archived, the scheduler tries
 * again, and the status page says it cannot be shown.
 */
@QuarkusTest
@TestProfile(SourceOutageTest.SlaAndBookingDown.class)
public class SourceOutageTest {

    private static final String UNREACHABLE = "http://localhost:1";

    public static class SlaAndBookingDown implements QuarkusTestProfile {

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class, Map.of("database", "report")),
                    new TestResourceEntry(SigningKeyTestResource.class),
                    new TestResourceEntry(ServiceProcessTestResource.class,
                            Map.of("service", "incident-service", "database", "incident")));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.sla-service.url", UNREACHABLE,
                    "quarkus.rest-client.booking-service.url", UNREACHABLE,
                    "guarded-calls.timeout", "1s");
        }
    }

    @Inject
    MonthlyArchiving archiving;

    @Inject
    ReportConfig config;

    @Inject
    Clock clock;

    @Test
    void aReportThatCannotBeMadeIsNotArchivedNorAreTheOthersOfTheRequest() {
        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("month", "2026-10")
                .get("/api/v1/reports/fault-log").then().statusCode(200);

        given().auth().oauth2(AccessTokens.forRole("vendor-ops")).contentType("application/json")
                .body("{\"month\": \"2026-10\", \"kinds\": [\"FAULT_LOG\", \"USAGE\"]}")
                .post("/api/v1/reports")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30").body(containsString("booking-service"));

        given().auth().oauth2(AccessTokens.forRole("ministry")).queryParam("period", "2026-10")
                .get("/api/v1/reports").then().statusCode(200).body("$", empty());
    }

    @Test
    void thePublicStatusPageSaysItCannotBeShownAndNamesTheSource() {
        given().get("/status").then().statusCode(503).contentType("text/html")
                .body(containsString("<h1>Driftsstatus "), containsString("Status kan ikke vises lige nu"), containsString("sla-service"));
    }

    @Test
    void filingInTheArchivePageSaysWhichSourceIsSilentAndKeepsTheMonth() {
        given().redirects().follow(false).cookie(PageForms.signInCookie("report-service"), AccessTokens.forRole("vendor-ops"))
                .cookie(PageForms.antiForgeryCookie("report-service"), PageForms.ANTI_FORGERY_TOKEN)
                .formParam(PageForms.ANTI_FORGERY_FIELD, PageForms.ANTI_FORGERY_TOKEN).formParam("month", "2026-10")
                .post("/arkiv").then().statusCode(503).contentType("text/html")
                .body(containsString("svarer ikke lige nu, så månedens rapporter kan ikke laves"), containsString("-service"),
                        containsString("value=\"2026-10\""));
    }

    @Test
    void theSchedulerArchivesNothingWhileASourceIsDownAndLeavesTheMonthToTryAgain() throws Throwable {
        YearMonth previous = YearMonth.from(clock.instant().atZone(config.zone())).minusMonths(1);

        VertxContextSupport.subscribeAndAwait(() -> archiving.archiveTheMonthBefore());

        assertThat(VertxContextSupport.subscribeAndAwait(() -> archiving.missingKinds(previous)))
                .isEqualTo(EnumSet.allOf(ReportKind.class));
    }
}
