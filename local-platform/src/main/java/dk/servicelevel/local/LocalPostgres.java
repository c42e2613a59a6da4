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

    /**
     * How often autovacuum looks for tables to analyze (PostgreSQL's default: a minute). A benchmark's booking rush
     * registers 56,000 pupils into a nearly empty table a minute before it books; booking-service plans each statement
     * once per connection from the statistics at hand (plan_cache_mode), and a plan made while the table was tiny (a
     * sequential scan) is kept until the table is analyzed: the first rush then answered 2,100 of its 2,250 bookings 503.
     */
    private static final String AUTOVACUUM_NAPTIME = "5s";

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
                .setServerConfig("autovacuum_naptime", AUTOVACUUM_NAPTIME)
                .start();
        PostgresDatabases.createMissing(server.getPostgresDatabase(), databases);
        System.out.println("PostgreSQL ready on port " + port + " with databases " + databases);
        Thread.currentThread().join();
    }
}
