package dk.servicelevel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ServiceProcess;
import dk.servicelevel.local.SigningKeyTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmarks at a small scale against the services as built, each on a database of its own in one PostgreSQL:
 * every step they take at full scale is taken, with seconds of load instead of minutes, so that a change that breaks
 * a benchmark fails the build. The figures are not compared with anything; that they come is what is asserted.
 */
class BenchmarkSmokeTest {

    private static final String SLA_DATABASE = "sla";
    private static final String BOOKING_DATABASE = "booking";
    private static final List<ServiceProcess> SERVICES = new ArrayList<>();
    private static EmbeddedPostgres postgres;
    private static ServiceProcess incident;
    private static ServiceProcess sla;
    private static ServiceProcess report;
    private static ServiceProcess booking;

    @BeforeAll
    static void startTheServicesTheBenchmarksMeasure() throws IOException, InterruptedException {
        postgres = EmbeddedPostgres.builder().start();
        int slaPort = ServiceProcess.freePort();
        String slaUrl = "http://localhost:" + slaPort;
        incident = start("incident-service", "incident", Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl));
        sla = start("sla-service", SLA_DATABASE, Map.of(ServiceProcess.PORT, String.valueOf(slaPort),
                "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident.url()));
        report = start("report-service", "report", Map.of("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident.url(),
                "QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl, "QUARKUS_REST_CLIENT_BOOKING_SERVICE_URL", "http://localhost:9"));
        booking = start("booking-service", BOOKING_DATABASE, Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl));
        // the school year, the tests, the schools and the catalogue's NT the booking benchmark books and clicks against
        ServiceProcess.demoMonth(Map.of("sla", sla.url(), "booking", booking.url())).load();
    }

    private static ServiceProcess start(String service, String database, Map<String, String> environment) {
        ServiceProcess process = ServiceProcess.startWith(service, postgres, database, environment);
        SERVICES.add(process);
        return process;
    }

    @AfterAll
    static void stop() throws IOException {
        SERVICES.forEach(ServiceProcess::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theSlaBenchmarkIngestsAndEvaluatesAtASmallScale() throws Exception {
        SlaBenchmark.Figures figures = SlaBenchmark.run(client(), sla.url(), postgres.getJdbcUrl("postgres", SLA_DATABASE),
                SlaBenchmark.Scale.SMOKE, "");

        assertThat(figures.ingestion().samples()).isPositive();
        assertThat(figures.ingestion().ingestedPerSecond()).isPositive();
        assertThat(figures.ingestion().readPerSecond()).isPositive();
        assertThat(figures.evaluation().smallMillis()).isPositive();
        assertThat(figures.evaluation().largeMillis()).isPositive();
    }

    @Test
    void thePagesBenchmarkLoadsItsSystemsAndTimesTheStatusPagesAtASmallScale() throws Exception {
        PagesBenchmark.Figures figures = PagesBenchmark.run(client(), report.url(), sla.url(), incident.url(), PagesBenchmark.Scale.SMOKE);

        assertThat(figures.systems()).isGreaterThanOrEqualTo(PagesBenchmark.Scale.SMOKE.systems());
        assertThat(figures.statusP95Millis()).isPositive();
    }

    @Test
    void theBookingBenchmarkRushesOverloadsAndSeeksThePeakAtASmallScaleAndEveryTransactionIsCounted() throws Exception {
        BookingBenchmark.InterfaceD interfaceD = BookingBenchmark.run(booking.url(), sla.url(), postgres.getJdbcUrl("postgres", BOOKING_DATABASE),
                ServiceProcess.signingKeyDirectory(), SigningKeyTestResource.TEST_ISSUER, null, BookingBenchmark.Scale.SMOKE, "rush,overload,peak");

        assertThat(interfaceD.sent()).isPositive();
        assertThat(interfaceD.counted()).isEqualTo(interfaceD.sent());
    }

    private static PlatformClient client() {
        return new PlatformClient(ServiceProcess.signingKeyDirectory(), SigningKeyTestResource.TEST_ISSUER);
    }
}
