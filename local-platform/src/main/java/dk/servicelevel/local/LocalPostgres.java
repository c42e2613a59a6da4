package dk.servicelevel.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local platform's PostgreSQL server: real PostgreSQL binaries from Maven artifacts, data kept in a
 * directory across restarts, one database per service. It runs until the process is terminated, and then
 * shuts the server down. Unlike the tests' server, it keeps a commit once it is acknowledged: fsync and synchronous
 * commit are on, as in production.
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
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        PostgresDatabases.createMissing(server.getPostgresDatabase(), databases);
        System.out.println("PostgreSQL ready on port " + port + " with databases " + databases);
        Thread.currentThread().join();
    }
}
