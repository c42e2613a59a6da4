package dk.servicelevel.api.schedule;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Which replica runs a scheduled job: the one holding the job's lease in the service's database (table
 * {@code job_lease}). A replica takes the lease when nobody holds it or it has expired, and keeps it by renewing it at
 * each run; when that replica stops, another takes over once the lease expires. So with several replicas a job (the
 * breach check and its webhook, the monthly archiving) runs on one of them at a time.
 */
@ApplicationScoped
public class JobLease {

    private static final String TAKE = """
            insert into job_lease (job, holder, expires_at) values ($1, $2, $3)
            on conflict (job) do update set holder = excluded.holder, expires_at = excluded.expires_at
            where job_lease.expires_at <= $4 or job_lease.holder = excluded.holder
            returning holder""";

    private final Pool pool;
    private final Clock clock;
    private final String holder;

    @Inject
    JobLease(Pool pool, Clock clock) {
        this(pool, clock, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** A lease taker named {@code holder}; the process's name (pid@host, the pod's name in a cluster) by default. */
    public JobLease(Pool pool, Clock clock, String holder) {
        this.pool = pool;
        this.clock = clock;
        this.holder = holder;
    }

    /** Whether this replica holds the job's lease for the next {@code length}: taken, renewed, or held by another. */
    public Uni<Boolean> take(String job, Duration length) {
        Instant now = clock.instant();
        return pool.preparedQuery(TAKE)
                .execute(Tuple.of(job, holder, now.plus(length).atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.size() == 1);
    }
}
