package dk.servicelevel.booking.admission;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.limit.FixedLimit;
import com.netflix.concurrency.limits.limit.Gradient2Limit;

import dk.servicelevel.booking.session.SessionEventJournal;

/**
 * The service's one admission control, configured by {@link AdmissionConfig}: short of CPU (the event loops run late)
 * or of database (clicks wait to be written), or answering booked sessions more slowly than their limit, it sheds
 * unbooked traffic.
 */
public class AdmissionProducer {

    @Produces
    @Singleton
    GuaranteedLatency guaranteedLatency(AdmissionConfig config) {
        return new GuaranteedLatency(config.guaranteedLatencyLimit(), config.guaranteedLatencyKeptFor());
    }

    @Produces
    @Singleton
    AdmissionControl admissionControl(AdmissionConfig config, EventLoopLag lag, SessionEventJournal clicks, GuaranteedLatency guaranteed) {
        Limit limit = config.adaptive()
                ? Gradient2Limit.newBuilder().minLimit(config.minConcurrency()).initialLimit(config.initialConcurrency())
                        .maxConcurrency(config.maxConcurrency()).build()
                : FixedLimit.of(config.maxConcurrency());
        return new AdmissionControl(limit, config.guaranteedShare(),
                () -> lag.shortOfCpu() || clicks.behind(config.writeWaitLimit()) || guaranteed.slow(System.nanoTime()));
    }
}
