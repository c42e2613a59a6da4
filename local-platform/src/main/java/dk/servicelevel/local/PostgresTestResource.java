package dk.servicelevel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A throwaway PostgreSQL server for a service's tests: real binaries on a free port, one database named by the
 * {@code database} argument, removed when the tests end. The service's own Flyway migrations create its schema.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres server;
    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = EmbeddedPostgres.builder().start();
            PostgresDatabases.createMissing(server.getPostgresDatabase(), List.of(database));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = server.getPort();
        return Map.of(
                "quarkus.datasource.username", PostgresDatabases.SUPERUSER,
                "quarkus.datasource.password", PostgresDatabases.SUPERUSER,
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/" + database,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + database);
    }

    @Override
    public void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
