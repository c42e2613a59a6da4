package dk.servicelevel.api.schedule;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Which replica runs a scheduled job: the one holding the job's lease in the service's database (table
 * {@code job_lease}). A replica takes the lease when nobody holds it or it has expired, and keeps it by renewing it at
 * each run. A replica that stops gives its leases back, so another takes over at its next run; one that dies without
 * stopping loses them when they expire. Expiry is judged by the database's clock alone, so replicas whose clocks
 * disagree still agree on who holds a lease. So with several replicas a job (the breach check and its webhook, the
 * monthly archiving, the measurement outbox) runs on one of them at a time.
 */
@ApplicationScoped
public class JobLease {

    private static final Logger LOG = Logger.getLogger(JobLease.class);
    private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(2);
    private static final String TAKE = """
            insert into job_lease (job, holder, expires_at) values ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
            on conflict (job) do update set holder = excluded.holder, expires_at = excluded.expires_at
            where job_lease.expires_at <= clock_timestamp() or job_lease.holder = excluded.holder
            returning holder""";
    private static final String RELEASE = "delete from job_lease where holder = $1";

    private final Pool pool;
    private final String holder;
    private volatile boolean stopping;
    /** Whether this replica ever asked for a lease: a service without scheduled jobs has nothing to give back. */
    private volatile boolean asked;

    @Inject
    JobLease(Pool pool) {
        this(pool, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** A lease taker named {@code holder}; the process's name (pid@host, the pod's name in a cluster) by default. */
    public JobLease(Pool pool, String holder) {
        this.pool = pool;
        this.holder = holder;
    }

    /** Whether this replica holds the job's lease for the next {@code length}: taken, renewed, or held by another. */
    public Uni<Boolean> take(String job, Duration length) {
        if (stopping) {
            return Uni.createFrom().item(false);
        }
        asked = true;
        return pool.preparedQuery(TAKE).execute(Tuple.of(job, holder, length.toMillis())).map(rows -> rows.size() == 1);
    }

    /** Gives back every lease this replica holds; it takes none after. */
    public Uni<Void> release() {
        stopping = true;
        return pool.preparedQuery(RELEASE).execute(Tuple.of(holder)).replaceWithVoid();
    }

    void releaseOnStop(@Observes ShutdownEvent stop) {
        if (!asked) {
            return;
        }
        try {
            release().await().atMost(RELEASE_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("The job leases of %s could not be given back; they expire by themselves (%s)", holder, e.toString());
        }
    }
}
