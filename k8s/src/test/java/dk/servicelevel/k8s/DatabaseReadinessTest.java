package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.servicelevel.local.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A service is ready only while its database answers: Kubernetes then sends its requests to the replicas that can
 * serve them, and does not restart a replica for a database it cannot fix. Readiness comes back by itself.
 */
class DatabaseReadinessTest {

    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(30);

    @Test
    void readinessFollowsTheDatabaseAndComesBackByItself(@TempDir Path data) throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = startPostgres(data, port);
        try (ServiceProcess incident = ServiceProcess.startWith("incident-service", postgres, "incident", Map.of())) {
            ServiceCalls calls = new ServiceCalls(incident);
            assertThat(calls.status("/q/health/ready")).isEqualTo(200);

            postgres.close();

            assertThat(calls.awaitStatus("/q/health/ready", status -> status == 503, NOTICED_WITHIN)).isTrue();
            assertThat(calls.status("/q/health/live")).as("alive: a restart would not bring the database back").isEqualTo(200);
            HttpResponse<String> meanwhile = calls.send(calls.request("/api/v1/incidents", "ministry").GET().build());
            assertThat(meanwhile.statusCode()).isEqualTo(503);
            assertThat(meanwhile.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(meanwhile.headers().firstValue("Retry-After")).isPresent();

            postgres = startPostgres(data, port);

            assertThat(calls.awaitStatus("/q/health/ready", status -> status == 200, NOTICED_WITHIN)).isTrue();
            assertThat(calls.send(calls.request("/api/v1/incidents", "ministry").GET().build()).statusCode()).isEqualTo(200);
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
