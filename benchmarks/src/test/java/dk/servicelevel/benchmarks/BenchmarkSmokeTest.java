package dk.servicelevel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

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
    static void startTheServicesTheBenchmarksMeasure() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        // one after the other: PostgreSQL copies its template for each, and two copies at once may refuse each other
        try (Connection server = postgres.getPostgresDatabase().getConnection(); Statement create = server.createStatement()) {
            for (String database : List.of("incident", SLA_DATABASE, "report", BOOKING_DATABASE)) {
                create.execute("CREATE DATABASE " + database);
            }
        }
        Map<String, Integer> ports = Map.of("incident", ServiceProcess.freePort(), "sla", ServiceProcess.freePort(), "report",
                ServiceProcess.freePort(), "booking", ServiceProcess.freePort());
        String incidentUrl = "http://localhost:" + ports.get("incident");
        String slaUrl = "http://localhost:" + ports.get("sla");
        // started side by side: each waits for its database and its warm-up, not for the others
        CompletableFuture<ServiceProcess> startingIncident = starting("incident-service", "incident", ports, Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl));
        CompletableFuture<ServiceProcess> startingSla = starting("sla-service", SLA_DATABASE, ports,
                Map.of("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incidentUrl));
        CompletableFuture<ServiceProcess> startingReport = starting("report-service", "report", ports, Map.of("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL",
                incidentUrl, "QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl, "QUARKUS_REST_CLIENT_BOOKING_SERVICE_URL",
                "http://localhost:" + ports.get(BOOKING_DATABASE)));
        CompletableFuture<ServiceProcess> startingBooking = starting("booking-service", BOOKING_DATABASE, ports,
                Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl));
        CompletableFuture.allOf(startingIncident, startingSla, startingReport, startingBooking).exceptionally(failed -> null).join();
        Stream.of(startingIncident, startingSla, startingReport, startingBooking).filter(start -> !start.isCompletedExceptionally())
                .map(CompletableFuture::join).forEach(SERVICES::add);
        incident = startingIncident.join();
        sla = startingSla.join();
        report = startingReport.join();
        booking = startingBooking.join();
        // the school year, the tests, the schools and the catalogue's NT the booking benchmark books and clicks against
        ServiceProcess.demoMonth(Map.of("sla", sla.url(), "booking", booking.url())).load();
    }

    private static CompletableFuture<ServiceProcess> starting(String service, String database, Map<String, Integer> ports,
            Map<String, String> environment) {
        Map<String, String> withPort = new HashMap<>(environment);
        withPort.put(ServiceProcess.PORT, String.valueOf(ports.get(database)));
        return CompletableFuture.supplyAsync(() -> ServiceProcess.startWith(service, postgres, database, withPort));
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
    void thePagesBenchmarkLoadsItsSystemsTimesTheStatusPagesAndTheReportsAndFilesAMonthFourTimesAtOnceAtASmallScale() throws Exception {
        PagesBenchmark.Figures figures = PagesBenchmark.run(client(), report.url(), sla.url(), incident.url(), PagesBenchmark.Scale.SMOKE);

        assertThat(figures.systems()).isGreaterThanOrEqualTo(PagesBenchmark.Scale.SMOKE.systems());
        assertThat(figures.statusP95Millis()).isPositive();
        assertThat(figures.reports().jsonP95Millis()).isPositive();
        assertThat(figures.reports().pdfP95Millis()).isPositive();
        assertThat(figures.reports().filingSeconds()).isPositive();
        assertThat(figures.reports().concurrentFilingsAnswered()).as("four filings at once, each answered 2xx").isEqualTo(4);
        assertThat(figures.reports().versionsOfConcurrentFilings()).as("four filings at once file one version of each kind")
                .isEqualTo(PagesBenchmark.Scale.SMOKE.filedKinds().size());
    }

    @Test
    void theBookingBenchmarkRushesOverloadsAndSeeksThePeakAtASmallScaleAndEveryTransactionIsCounted() throws Exception {
        BookingBenchmark.InterfaceD interfaceD = BookingBenchmark.run(booking.url(), sla.url(), postgres.getJdbcUrl("postgres", BOOKING_DATABASE),
                ServiceProcess.signingKeyDirectory(), SigningKeyTestResource.TEST_ISSUER, null, BookingBenchmark.Scale.SMOKE, "rush,overload,peak");

        assertThat(interfaceD.sent()).isPositive();
        assertThat(interfaceD.counted()).isEqualTo(interfaceD.sent());
        try (Connection db = DriverManager.getConnection(postgres.getJdbcUrl("postgres", BOOKING_DATABASE), "postgres", "postgres")) {
            assertThat(count(db, "SELECT count(*) FROM school_class WHERE institution_number >= '900000'"))
                    .as("the load-test schools' classes, removed when the benchmark ends").isZero();
            assertThat(count(db, "SELECT count(*) FROM test_session WHERE institution_number >= '900000'")).isZero();
            assertThat(count(db, """
                    SELECT count(*) FROM slot_usage u WHERE booked <> (SELECT coalesce(sum(seats), 0) FROM booking b
                    WHERE b.slot_start = u.slot_start AND b.state = 'ACTIVE')""")).as("slots whose booked seats are not their bookings'").isZero();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PlatformClient client() {
        return new PlatformClient(ServiceProcess.signingKeyDirectory(), SigningKeyTestResource.TEST_ISSUER);
    }
}
