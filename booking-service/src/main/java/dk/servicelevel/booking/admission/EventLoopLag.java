package dk.servicelevel.booking.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.util.concurrent.EventExecutor;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * How late the event loops run what was scheduled on them: the service's own measure of being short of CPU. Every
 * loop runs a probe each interval; when the CPU cannot keep up (with the requests, or with the database on the same
 * machine) the probes run late, before any request's latency shows it. Each loop's lag is smoothed (an exponentially
 * weighted moving average), so that one late time slice of the scheduler does not count, a sustained shortage does,
 * and a shortage does not end at the first quiet moment.
 */
@ApplicationScoped
public class EventLoopLag {

    /** The weight of the latest probe in the smoothed lag: about the last ten probes count. */
    private static final double LATEST_WEIGHT = 0.1;

    private final AdmissionConfig config;
    private volatile double[] smoothedNanos = new double[0];

    EventLoopLag(AdmissionConfig config) {
        this.config = config;
    }

    void start(@Observes StartupEvent started, Vertx vertx) {
        List<EventExecutor> loops = new ArrayList<>();
        vertx.nettyEventLoopGroup().forEach(loops::add);
        smoothedNanos = new double[loops.size()];
        for (int index = 0; index < loops.size(); index++) {
            probe(loops.get(index), index);
        }
    }

    /** Each loop writes only its own entry; readers may see an entry a probe old. */
    private void probe(EventExecutor loop, int index) {
        long interval = config.lagProbeInterval().toNanos();
        long due = System.nanoTime() + interval;
        loop.schedule(() -> {
            double lag = Math.max(0, System.nanoTime() - due);
            smoothedNanos[index] += LATEST_WEIGHT * (lag - smoothedNanos[index]);
            probe(loop, index);
        }, interval, TimeUnit.NANOSECONDS);
    }

    /** Whether an event loop's smoothed lag is beyond the limit. */
    public boolean shortOfCpu() {
        long limit = config.lagLimit().toNanos();
        for (double lag : smoothedNanos) {
            if (lag > limit) {
                return true;
            }
        }
        return false;
    }
}
