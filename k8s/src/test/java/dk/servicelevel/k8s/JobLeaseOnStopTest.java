package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.servicelevel.local.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A replica that stops gives its job leases back: another replica takes the job over at its next run, not only once
 * the lease has expired. booking-service's measurement outbox takes its lease every second.
 */
class JobLeaseOnStopTest {

    private static final Duration TAKEN_WITHIN = Duration.ofSeconds(30);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final String HELD = "select count(*) from job_lease where expires_at > clock_timestamp()";

    @Test
    void theLeaseIsFreeRightAfterItsHolderStops() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ServiceProcess booking = ServiceProcess.startWith("booking-service", postgres, "booking", Map.of())) {
            assertThat(awaitHeld(postgres)).as("the outbox holds its lease").isTrue();

            booking.terminate();

            assertThat(booking.awaitExit(EXIT_TIMEOUT)).isTrue();
            assertThat(held(postgres)).as("leases held after the holder stopped").isZero();
        }
    }

    private static boolean awaitHeld(EmbeddedPostgres postgres) throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(TAKEN_WITHIN);
        while (Instant.now().isBefore(until)) {
            if (held(postgres) > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static int held(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getDatabase("postgres", "booking").getConnection();
                ResultSet rows = connection.createStatement().executeQuery(HELD)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
