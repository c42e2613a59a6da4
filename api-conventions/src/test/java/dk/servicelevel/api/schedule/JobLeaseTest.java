package dk.servicelevel.api.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Two replicas of a service share a real PostgreSQL database and its job_lease table. */
class JobLeaseTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static EmbeddedPostgres server;
    private static Vertx vertx;
    private static Pool pool;

    @BeforeAll
    static void database() throws IOException {
        server = EmbeddedPostgres.builder().start();
        vertx = Vertx.vertx();
        pool = PgPool.pool(vertx, new PgConnectOptions().setHost("localhost").setPort(server.getPort()).setDatabase("postgres")
                .setUser("postgres").setPassword("postgres"), new PoolOptions().setMaxSize(2));
        pool.query("create table job_lease (job text primary key, holder text not null, expires_at timestamptz not null)")
                .execute().await().indefinitely();
    }

    @AfterAll
    static void stop() throws IOException {
        pool.closeAndAwait();
        vertx.closeAndAwait();
        server.close();
    }

    @Test
    void oneReplicaHoldsAJobsLeaseUntilItGivesItBack() {
        JobLease first = new JobLease(pool, "pod-a");
        JobLease second = new JobLease(pool, "pod-b");

        assertThat(take(first, "monthly-archiving", MINUTE)).isTrue();
        assertThat(take(second, "monthly-archiving", MINUTE)).isFalse();
        assertThat(take(first, "monthly-archiving", MINUTE)).as("renewed by its holder").isTrue();

        first.release().await().indefinitely();
        assertThat(take(second, "monthly-archiving", MINUTE)).isTrue();
        assertThat(take(first, "monthly-archiving", MINUTE)).as("a replica that gave its leases back takes none").isFalse();
    }

    @Test
    void anExpiredLeaseGoesToTheNextReplicaThatAsks() {
        JobLease dead = new JobLease(pool, "pod-c");
        JobLease alive = new JobLease(pool, "pod-d");

        assertThat(take(dead, "breach-check", Duration.ZERO)).isTrue();
        assertThat(take(alive, "breach-check", MINUTE)).isTrue();
        assertThat(take(dead, "breach-check", MINUTE)).isFalse();
    }

    private static boolean take(JobLease lease, String job, Duration length) {
        return lease.take(job, length).await().indefinitely();
    }
}
