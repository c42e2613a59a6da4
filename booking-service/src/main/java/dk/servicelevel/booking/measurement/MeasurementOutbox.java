package dk.servicelevel.booking.measurement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The measured session requests on their way to sla-service: kept in memory as they are measured (the request does
 * not wait), sent in batches every interval with an idempotency key, and a batch sla-service did not take is sent
 * again, with the same key, at the next interval.
 */
@ApplicationScoped
public class MeasurementOutbox {

    private static final Logger LOG = Logger.getLogger(MeasurementOutbox.class);
    private static final String INTERFACE = "B";

    private final ConcurrentLinkedQueue<Sample> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final SlaServiceClient sla;
    private final MeasurementConfig config;
    private final Counter dropped;
    private volatile PendingBatch pending;

    private record PendingBatch(String key, List<Sample> samples) {
    }

    MeasurementOutbox(@RestClient SlaServiceClient sla, MeasurementConfig config, MeterRegistry registry) {
        this.sla = sla;
        this.config = config;
        this.dropped = registry.counter("measurements.dropped");
    }

    public void measured(String operation, String userClass, Instant at, long durationMs, boolean ok) {
        queued.add(new Sample(config.system(), INTERFACE, operation, userClass, at, durationMs, ok));
        if (size.incrementAndGet() > config.maxQueued() && queued.poll() != null) {
            size.decrementAndGet();
            dropped.increment();
        }
    }

    @Scheduled(every = "${measurements.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return flush().onFailure().invoke(e -> LOG.warnf("sla-service did not take the measurements; they are sent again: %s",
                e.getMessage())).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** A stopping service (a rollout, a drain) hands what it measured to sla-service before it exits. */
    void onStop(@Observes ShutdownEvent event) {
        try {
            int sent = flush().await().atMost(config.flushOnStop());
            LOG.infof("Sent %d measured requests to sla-service before stopping", sent);
        } catch (RuntimeException e) {
            LOG.errorf("%d measured requests are lost: sla-service did not take them before the service stopped: %s",
                    size.get() + (pending == null ? 0 : pending.samples().size()), e.toString());
        }
    }

    /** Sends what is measured, batch after batch, until nothing is left or sla-service does not take a batch. */
    public Uni<Integer> flush() {
        PendingBatch batch = pending != null ? pending : next();
        if (batch == null) {
            return Uni.createFrom().item(0);
        }
        pending = batch;
        return sla.send(batch.key(), new MeasurementBatch(batch.samples()))
                .onFailure(MeasurementOutbox::refusedForGood).recoverWithUni(e -> {
                    LOG.errorf("sla-service refused a batch of %d samples; it is dropped: %s", batch.samples().size(), e.getMessage());
                    dropped.increment(batch.samples().size());
                    return Uni.createFrom().voidItem();
                })
                .chain(() -> {
                    pending = null;
                    return flush().map(more -> more + batch.samples().size());
                });
    }

    /** A 4xx answer (other than 401, 403, 408 and 429, which pass) says the batch itself is wrong: sending it again would not help. */
    private static boolean refusedForGood(Throwable failure) {
        if (failure instanceof WebApplicationException http) {
            int status = http.getResponse().getStatus();
            return status / 100 == 4 && status != 401 && status != 403 && status != 408 && status != 429;
        }
        return false;
    }

    private PendingBatch next() {
        List<Sample> samples = new ArrayList<>();
        Sample sample;
        while (samples.size() < config.batchSize() && (sample = queued.poll()) != null) {
            size.decrementAndGet();
            samples.add(sample);
        }
        return samples.isEmpty() ? null : new PendingBatch(UUID.randomUUID().toString(), samples);
    }
}
