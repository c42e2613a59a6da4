package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.servicelevel.local.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A service is ready only while its database answers, and a caller waits a few seconds at most, whether the database
 * is gone or stalled: Kubernetes then sends its requests to the replicas that can
 * serve them, and does not restart a replica for a database it cannot fix. Readiness comes back by itself.
 */
class DatabaseReadinessTest {

    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(30);
    /** A caller waits at most this long for an answer, whatever the database does. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(200);
    /** The level of the services' own API conventions, where a late answer is logged. */
    private static final String LATE_ANSWERS_LOGGED = "QUARKUS_LOG_CATEGORY__DK_SERVICELEVEL_API__LEVEL";
    private static final String LATE_ANSWER = "came after the request deadline had answered it";

    @Test
    void readinessFollowsTheDatabaseAndComesBackByItself(@TempDir Path data) throws Exception {
        int port = ServiceProcess.freePort();
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

    @Test
    void aStalledDatabaseIsAnswered503WithinSecondsReadinessSaysDownAndAllComesBackWhenItResumes(@TempDir Path data) throws Exception {
        EmbeddedPostgres postgres = startPostgres(data, ServiceProcess.freePort());
        try (ServiceProcess incident = ServiceProcess.startWith("incident-service", postgres, "incident", Map.of(LATE_ANSWERS_LOGGED, "DEBUG"))) {
            ServiceCalls calls = new ServiceCalls(incident);
            assertThat(calls.send(calls.request("/api/v1/incidents", "ministry").GET().build()).statusCode()).isEqualTo(200);

            List<Long> stalled = processesOf(data);
            signal("STOP", stalled);
            try {
                Instant asked = Instant.now();
                HttpResponse<String> meanwhile = calls.send(calls.request("/api/v1/incidents", "ministry").GET().build());
                assertThat(Duration.between(asked, Instant.now())).isLessThan(ANSWERED_WITHIN);
                assertThat(meanwhile.statusCode()).isEqualTo(503);
                assertThat(meanwhile.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(meanwhile.headers().firstValue("Retry-After")).isPresent();

                asked = Instant.now();
                assertThat(calls.status("/q/health/ready")).isEqualTo(503);
                assertThat(Duration.between(asked, Instant.now())).isLessThan(ANSWERED_WITHIN);
                assertThat(calls.status("/q/health/live")).isEqualTo(200);
            } finally {
                signal("CONT", stalled);
            }

            assertThat(calls.awaitStatus("/q/health/ready", status -> status == 200, NOTICED_WITHIN)).isTrue();
            assertThat(calls.send(calls.request("/api/v1/incidents", "ministry").GET().build()).statusCode()).isEqualTo(200);
            assertThat(awaitLogged(incident, LATE_ANSWER)).as("the stalled request's own answer, after the 503, logged once")
                    .containsOnlyOnce(LATE_ANSWER);
            assertThat(Files.readAllLines(incident.log())).as("a late answer is no error of the service").noneMatch(line -> line.contains(" ERROR "));
        } finally {
            postgres.close();
        }
    }

    private static String awaitLogged(ServiceProcess service, String text) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(NOTICED_WITHIN);
        String log = Files.readString(service.log());
        while (!log.contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(POLL.toMillis());
            log = Files.readString(service.log());
        }
        return log;
    }

    /** The PostgreSQL server's processes: the postmaster named in its data directory and every backend under it. */
    private static List<Long> processesOf(Path data) throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        return Stream.concat(Stream.of(postmaster), ProcessHandle.of(postmaster).orElseThrow().descendants().map(ProcessHandle::pid))
                .toList();
    }

    private static void signal(String signal, List<Long> processes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(pid -> command.add(String.valueOf(pid)));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as("kill -%s", signal).isZero();
    }

    private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

}
