package dk.servicelevel.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A service of the platform run for real as its own process from its built application
 * ({@code ../SERVICE/target/quarkus-app}), with its own PostgreSQL server and the test run's signing keys.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Process process;
    private final String url;

    private ServiceProcess(EmbeddedPostgres postgres, Process process, String url) {
        this.postgres = postgres;
        this.process = process;
        this.url = url;
    }

    /** Starts the service with the environment given besides its database, port and keys, and waits until it is ready. */
    public static ServiceProcess start(String service, String database, Map<String, String> environment) {
        Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build " + service + " first (./mvnw verify builds it before this module)");
        }
        EmbeddedPostgres postgres = null;
        try {
            postgres = EmbeddedPostgres.builder().start();
            PostgresDatabases.createMissing(postgres.getPostgresDatabase(), List.of(database));
            int port = freePort();
            Process process = launch(service, jar, port, postgres.getPort(), database, environment);
            String url = "http://localhost:" + port;
            ServiceProcess started = new ServiceProcess(postgres, process, url);
            try {
                ReadinessWait.until(READY_TIMEOUT, List.of(url + "/q/health/ready"));
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
            return started;
        } catch (IOException e) {
            closeQuietly(postgres);
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + service + " started", e);
        }
    }

    public String url() {
        return url;
    }

    private static Process launch(String service, Path jar, int port, int databasePort, String database,
            Map<String, String> environment) throws IOException {
        SigningKeys keys = SigningKeyTestResource.testRunKeys();
        File log = Path.of("target", service + "-for-tests.log").toFile();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log);
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("DB_HOST", "localhost");
        env.put("DB_PORT", String.valueOf(databasePort));
        env.put("DB_NAME", database);
        env.put("DB_USER", PostgresDatabases.SUPERUSER);
        env.put("DB_PASSWORD", PostgresDatabases.SUPERUSER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", SigningKeyTestResource.TEST_ISSUER);
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.privateKeyFile().toString());
        env.putAll(environment);
        return builder.start();
    }

    @Override
    public void close() {
        try {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(postgres);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
