package dk.servicelevel.booking.measurement;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dk.servicelevel.api.schedule.JobLease;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The measured session requests on their way to sla-service, kept in the service's own database: a click's
 * measurement is written in the statement of its event ({@code SessionEventJournal}), so whatever was acknowledged is measured, whatever happens
 * to the process afterwards. Every interval the replica holding the lease claims the oldest rows into a batch under a
 * new key, sends it with that key as Idempotency-Key, and deletes the batch once sla-service took it. A batch claimed
 * but not acknowledged (sla-service down, the process killed) is sent again with the same key, so sla-service counts
 * it once.
 */
@ApplicationScoped
public class MeasurementOutbox {

    private static final Logger LOG = Logger.getLogger(MeasurementOutbox.class);
    private static final String INTERFACE = "B";
    private static final String JOB = "measurement-feed";
    private static final String KEEP = "INSERT INTO measurement_outbox (operation, user_class, at, duration_ms, ok) VALUES ($1, $2, $3, $4, $5)";
    private static final String CLAIMED = "SELECT batch_key FROM measurement_outbox WHERE batch_key IS NOT NULL LIMIT 1";
    private static final String CLAIM = """
            UPDATE measurement_outbox SET batch_key = $1 WHERE id = ANY (ARRAY(
                SELECT id FROM measurement_outbox WHERE batch_key IS NULL ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED))""";
    private static final String BATCH = "SELECT operation, user_class, at, duration_ms, ok FROM measurement_outbox WHERE batch_key = $1 ORDER BY id";
    private static final String SENT = "DELETE FROM measurement_outbox WHERE batch_key = $1";

    private final Pool database;
    private final SlaServiceClient sla;
    private final JobLease lease;
    private final MeasurementConfig config;
    private final Counter dropped;

    MeasurementOutbox(Pool database, @RestClient SlaServiceClient sla, JobLease lease, MeasurementConfig config,
            MeterRegistry registry) {
        this.database = database;
        this.sla = sla;
        this.lease = lease;
        this.config = config;
        this.dropped = registry.counter("measurements.dropped");
    }

    /** Keeps one measured request (starts and ends of sessions; a click's is written with its event). */
    public Uni<Void> measured(MeasuredRequest request) {
        return database.preparedQuery(KEEP).execute(Tuple.tuple(List.of(request.operation(), request.userClass(),
                request.at().atOffset(ZoneOffset.UTC), request.durationMs(), request.ok()))).replaceWithVoid();
    }

    /**
     * Sends on a worker thread, never on an event loop: turning thousands of rows into a JSON batch would hold up the
     * clicks waiting on that loop.
     */
    @Scheduled(every = "${measurements.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            if (lease.take(JOB, config.lease()).await().atMost(config.lease())) {
                flush(Long.MAX_VALUE);
            }
        } catch (RuntimeException e) {
            LOG.warnf("The measurements were not sent to sla-service; they are sent again: %s", e.getMessage());
        }
    }

    /** A stopping service (a rollout, a drain) hands what it measured to sla-service before it exits. */
    void onStop(@Observes ShutdownEvent event) {
        try {
            int sent = flush(System.nanoTime() + config.flushOnStop().toNanos());
            LOG.infof("Sent %d measured requests to sla-service before stopping", sent);
        } catch (RuntimeException e) {
            LOG.warnf("The measured requests not sent before the service stopped stay in the outbox: %s", e.toString());
        }
    }

    /**
     * Sends the outbox, batch after batch, until it is empty or sla-service does not take a batch; answers how many
     * samples it sent. Blocks: call it from a worker thread.
     */
    public int flush() {
        return flush(Long.MAX_VALUE);
    }

    private int flush(long deadlineNanos) {
        int sent = 0;
        for (UUID key = nextBatch(); key != null && System.nanoTime() - deadlineNanos < 0; key = nextBatch()) {
            sent += send(key);
        }
        return sent;
    }

    /** A batch claimed before and not yet acknowledged, or else a new one of the oldest rows; null when none is left. */
    private UUID nextBatch() {
        RowSet<Row> claimed = database.query(CLAIMED).execute().await().atMost(config.flushOnStop());
        if (claimed.size() > 0) {
            return claimed.iterator().next().getUUID(0);
        }
        UUID key = UUID.randomUUID();
        int rows = database.preparedQuery(CLAIM).execute(Tuple.of(key, config.batchSize())).await().atMost(config.flushOnStop()).rowCount();
        return rows == 0 ? null : key;
    }

    private int send(UUID key) {
        List<Sample> samples = new ArrayList<>();
        for (Row row : database.preparedQuery(BATCH).execute(Tuple.of(key)).await().atMost(config.flushOnStop())) {
            samples.add(new Sample(config.system(), INTERFACE, row.getString(0), row.getString(1),
                    row.getOffsetDateTime(2).toInstant(), row.getLong(3), row.getBoolean(4)));
        }
        try {
            sla.send(key.toString(), new MeasurementBatch(samples));
        } catch (WebApplicationException e) {
            if (!refusedForGood(e)) {
                throw e;
            }
            LOG.errorf("sla-service refused a batch of %d samples; it is dropped: %s", samples.size(), e.getMessage());
            dropped.increment(samples.size());
        }
        database.preparedQuery(SENT).execute(Tuple.of(key)).await().atMost(config.flushOnStop());
        return samples.size();
    }

    /** A 4xx answer (other than 401, 403, 408 and 429, which pass) says the batch itself is wrong: sending it again would not help. */
    private static boolean refusedForGood(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        return status / 100 == 4 && status != 401 && status != 403 && status != 408 && status != 429;
    }
}
