package dk.servicelevel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A service of the platform run for real as its own process from its built application
 * ({@code ../SERVICE/target/quarkus-app}), with a PostgreSQL server of its own or the caller's, and the test run's
 * signing keys.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;
    private static final int FIRST_PORT = 20_000;
    private static final int FIRST_EPHEMERAL_PORT = 32_768;
    private static final int PORT_ATTEMPTS = 1_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final EmbeddedPostgres postgres;
    private final Process process;
    private final String url;
    private final String managementUrl;
    private final Path log;

    private ServiceProcess(EmbeddedPostgres postgres, Process process, String url, String managementUrl, Path log) {
        this.postgres = postgres;
        this.process = process;
        this.url = url;
        this.managementUrl = managementUrl;
        this.log = log;
    }

    /** The environment variable that gives a service the port it is to answer on, chosen for it when not given. */
    public static final String PORT = "QUARKUS_HTTP_PORT";
    /** The one that gives it its management port (health, metrics), chosen for it when not given. */
    public static final String MANAGEMENT_PORT = "QUARKUS_MANAGEMENT_PORT";

    /** Starts the service with the environment given besides its database, port and keys, and waits until it is ready. */
    public static ServiceProcess start(String service, String database, Map<String, String> environment) {
        EmbeddedPostgres postgres = null;
        try {
            postgres = EmbeddedPostgres.builder().start();
            return start(service, postgres, database, environment, true);
        } catch (IOException e) {
            closeQuietly(postgres);
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the service against a PostgreSQL server the caller runs (and stops), and waits until it is ready. */
    public static ServiceProcess startWith(String service, EmbeddedPostgres postgres, String database,
            Map<String, String> environment) {
        return start(service, postgres, database, environment, false);
    }

    private static ServiceProcess start(String service, EmbeddedPostgres postgres, String database,
            Map<String, String> environment, boolean ownsPostgres) {
        Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build " + service + " first (./mvnw verify builds it before this module)");
        }
        try {
            PostgresDatabases.createMissing(postgres.getPostgresDatabase(), List.of(database));
            int port = environment.containsKey(PORT) ? Integer.parseInt(environment.get(PORT)) : freePort();
            Path log = Path.of("target", service + "-for-tests.log").toAbsolutePath();
            int managementPort = environment.containsKey(MANAGEMENT_PORT) ? Integer.parseInt(environment.get(MANAGEMENT_PORT)) : freePort();
            Process process = launch(jar, log, port, managementPort, postgres.getPort(), database, environment);
            String url = "http://localhost:" + port;
            String managementUrl = "http://localhost:" + managementPort;
            ServiceProcess started = new ServiceProcess(ownsPostgres ? postgres : null, process, url, managementUrl, log);
            try {
                ReadinessWait.until(READY_TIMEOUT, List.of(managementUrl + "/q/health/ready"));
            } catch (RuntimeException e) {
                started.close();
                throw new IllegalStateException(service + " did not become ready; the end of its log (" + log + "):\n" + tail(log), e);
            }
            return started;
        } catch (IOException e) {
            if (ownsPostgres) {
                closeQuietly(postgres);
            }
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + service + " started", e);
        }
    }

    public String url() {
        return url;
    }

    /** The address of its management interface: health, metrics, OpenAPI. */
    public String managementUrl() {
        return managementUrl;
    }

    /** A token for the role that this process accepts (signed with the test run's key). */
    public String token(String role) {
        return AccessTokens.sign(role, role + "-user", null, SigningKeyTestResource.TEST_ISSUER, TOKEN_LIFETIME,
                SigningKeyTestResource.testRunKeys().privateKey());
    }

    /** A school's token that this process accepts. */
    public String schoolToken(String school) {
        return AccessTokens.sign(AccessTokens.SCHOOL_ROLE, "teacher-" + school, school, SigningKeyTestResource.TEST_ISSUER,
                TOKEN_LIFETIME, SigningKeyTestResource.testRunKeys().privateKey());
    }

    /** The demo month, to be loaded into the processes of this test run at the addresses given by service key. */
    public static DemoMonth demoMonth(Map<String, String> serviceUrls) {
        return new DemoMonth(SigningKeyTestResource.testRunKeys(), SigningKeyTestResource.TEST_ISSUER, serviceUrls);
    }

    /** The directory of the test run's signing keys, for a client that signs its own tokens (the transaction generator). */
    public static Path signingKeyDirectory() {
        return SigningKeyTestResource.testRunKeys().privateKeyFile().toAbsolutePath().getParent();
    }

    /** The service's console output. */
    public Path log() {
        return log;
    }

    /** Sends SIGTERM, as Kubernetes does to stop a pod, and answers at once. */
    public void terminate() {
        process.destroy();
    }

    /** Sends SIGKILL, as the kernel's out-of-memory killer or a lost node does: nothing of the process runs after it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end and answers whether it did within the time given. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Process launch(Path jar, Path log, int port, int managementPort, int databasePort, String database,
            Map<String, String> environment) throws IOException {
        SigningKeys keys = SigningKeyTestResource.testRunKeys();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put(PORT, String.valueOf(port));
        env.put(MANAGEMENT_PORT, String.valueOf(managementPort));
        env.put("DB_HOST", "localhost");
        env.put("DB_PORT", String.valueOf(databasePort));
        env.put("DB_NAME", database);
        env.put("DB_USER", PostgresDatabases.SUPERUSER);
        env.put("DB_PASSWORD", PostgresDatabases.SUPERUSER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
        env.put("MP_JWT_VERIFY_ISSUER", SigningKeyTestResource.TEST_ISSUER);
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.privateKeyFile().toString());
        // stopped at the end of a test run, with nothing to drain; rollout tests set their own delay
        env.put("QUARKUS_SHUTDOWN_DELAY", "0s");
        // booking-service warms up in a few rounds, without waiting for its JIT compiler: the tests share two cores
        // (WarmBeforeReadyTest sets its own)
        env.put("WARM_UP_ROUNDS", "40");
        env.put("WARM_UP_COMPILING_BELOW", "100");
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

    /** The last lines of a log, for a failure that should say why (a test's temporary directory is gone afterwards). */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * A port free now, for a service that others must know the address of before it starts. It is taken below Linux's
     * ephemeral range (32768-60999), from which every outgoing connection takes its local port: a port from there was
     * taken by a connection to PostgreSQL between being chosen and being bound ("Port ... seems to be in use"), and
     * the service did not start. No port is handed out twice in one run.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST_PORT, FIRST_EPHEMERAL_PORT);
            if (HANDED_OUT.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port below " + FIRST_EPHEMERAL_PORT + " after " + PORT_ATTEMPTS + " attempts");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
