package dk.servicelevel.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local platform's PostgreSQL server: real PostgreSQL binaries from Maven artifacts, data kept in a
 * directory across restarts, one database per service. It runs until the process is terminated, and then
 * shuts the server down.
 */
final class LocalPostgres {

    private LocalPostgres() {
    }

    static void run(Path dataDirectory, int port, List<String> databases) throws IOException, InterruptedException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        PostgresDatabases.createMissing(server.getPostgresDatabase(), databases);
        System.out.println("PostgreSQL ready on port " + port + " with databases " + databases);
        Thread.currentThread().join();
    }
}
