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
import java.util.stream.Collectors;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Another service of the platform, run for real as its own process from its built application
 * ({@code ../SERVICE/target/quarkus-app}), with its own PostgreSQL server and the test run's signing keys.
 * The service under test reaches it through the REST client named by the {@code client} argument; arguments named
 * {@code env.NAME} set environment variables of the process.
 */
public class ServiceProcessTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String ENV_PREFIX = "env.";

    private String service;
    private String database;
    private String client;
    private Map<String, String> environment = Map.of();
    private EmbeddedPostgres postgres;
    private Process process;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        database = initArgs.get("database");
        client = initArgs.getOrDefault("client", service);
        environment = initArgs.entrySet().stream().filter(arg -> arg.getKey().startsWith(ENV_PREFIX))
                .collect(Collectors.toMap(arg -> arg.getKey().substring(ENV_PREFIX.length()), Map.Entry::getValue));
    }

    @Override
    public Map<String, String> start() {
        Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build " + service + " first (./mvnw verify builds it before this module)");
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
            PostgresDatabases.createMissing(postgres.getPostgresDatabase(), List.of(database));
            int port = freePort();
            process = launch(jar, port);
            ReadinessWait.until(READY_TIMEOUT, List.of("http://localhost:" + port + "/q/health/ready"));
            return Map.of("quarkus.rest-client." + client + ".url", "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + service + " started", e);
        }
    }

    private Process launch(Path jar, int port) throws IOException {
        SigningKeys keys = SigningKeyTestResource.testRunKeys();
        File log = Path.of("target", service + "-for-tests.log").toFile();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log);
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("DB_HOST", "localhost");
        env.put("DB_PORT", String.valueOf(postgres.getPort()));
        env.put("DB_NAME", database);
        env.put("DB_USER", PostgresDatabases.SUPERUSER);
        env.put("DB_PASSWORD", PostgresDatabases.SUPERUSER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", SigningKeyTestResource.TEST_ISSUER);
        env.putAll(environment);
        return builder.start();
    }

    @Override
    public void stop() {
        try {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
