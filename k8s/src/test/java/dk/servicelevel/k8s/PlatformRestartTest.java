package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.servicelevel.local.ServiceProcess;

/**
 * The local platform as its users run it: after a service's process was killed (SIGKILL, no shutdown, and on a machine
 * whose init does not reap it, left a zombie), {@code ./platform up} finds it dead and starts it again. The platform
 * runs here in a state directory and on ports of its own, without the demo month.
 */
class PlatformRestartTest {

    private static final Path PLATFORM = Path.of("..", "platform").toAbsolutePath().normalize();
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final int SERVICES = 4;
    private static final int BOOKING_SERVICE = 3;
    /** Each service's management interface answers this far above its port. */
    private static final int MANAGEMENT_OFFSET = 1000;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path state;

    @Test
    void upAfterAServiceWasKilledBringsItBack() throws Exception {
        int portBase = freePortBase();
        // booking-service warms up in a few rounds here, without waiting for its JIT compiler (WarmBeforeReadyTest)
        Map<String, String> environment = Map.of("PLATFORM_STATE", state.toString(), "PLATFORM_PORT_BASE", String.valueOf(portBase),
                "PLATFORM_DB_PORT", String.valueOf(ServiceProcess.freePort()), "PLATFORM_DEMO", "off", "PLATFORM_SERVICE_HEAP", "256m",
                "WARM_UP_ROUNDS", "40", "WARM_UP_COMPILING_BELOW", "100");
        URI bookingReady = URI.create("http://localhost:" + (portBase + BOOKING_SERVICE + MANAGEMENT_OFFSET) + "/q/health/ready");
        try {
            assertThat(platform(environment, UP_TIMEOUT, "up")).contains("The platform is up");
            assertThat(status(bookingReady)).isEqualTo(200);
            ProcessHandle booking = ProcessHandle.of(Long.parseLong(Files.readString(state.resolve("booking-service.pid")).trim())).orElseThrow();

            booking.destroyForcibly();
            awaitDeath(booking.pid());

            assertThat(platform(environment, DOWN_TIMEOUT, "status")).contains("booking-service: stopped").contains("sla-service: running");
            assertThat(platform(environment, UP_TIMEOUT, "up")).contains("Starting booking-service").contains("sla-service is already running")
                    .contains("The platform is up");
            assertThat(status(bookingReady)).isEqualTo(200);
        } finally {
            platform(environment, DOWN_TIMEOUT, "down");
        }
    }

    /** Runs the platform script; answers its output, failing the test if it fails. */
    private String platform(Map<String, String> environment, Duration timeout, String command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(state, "platform-" + command, ".log");
        ProcessBuilder builder = new ProcessBuilder(PLATFORM.toString(), command).directory(PLATFORM.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("./platform %s ended within %s: %s", command, timeout, said).isTrue();
        assertThat(process.exitValue()).as("./platform %s: %s", command, said).isZero();
        return said;
    }

    private static int status(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Until the process is gone or a zombie: dead, though nobody may reap it. */
    private static void awaitDeath(long pid) throws InterruptedException {
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        long deadline = System.nanoTime() + EXIT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String line = Files.readString(stat);
                if (line.substring(line.lastIndexOf(')') + 2).startsWith("Z")) {
                    return;
                }
            } catch (IOException gone) {
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new AssertionError("The process " + pid + " lived " + EXIT_TIMEOUT + " after SIGKILL");
    }

    /** A port whose next four ports are free, and the four 1000 above them: the services' and their management interfaces. */
    private static int freePortBase() throws IOException {
        while (true) {
            int base = ServiceProcess.freePort();
            if (base + MANAGEMENT_OFFSET + SERVICES < (1 << 16) && IntStream.rangeClosed(1, SERVICES)
                    .allMatch(n -> isFree(base + n) && isFree(base + MANAGEMENT_OFFSET + n))) {
                return base;
            }
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
