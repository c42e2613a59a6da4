package dk.servicelevel.booking.admission;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.limit.FixedLimit;
import com.netflix.concurrency.limits.limit.Gradient2Limit;

/** The service's one admission control, configured by {@link AdmissionConfig}. */
public class AdmissionProducer {

    @Produces
    @Singleton
    AdmissionControl admissionControl(AdmissionConfig config, EventLoopLag lag) {
        Limit limit = config.adaptive()
                ? Gradient2Limit.newBuilder().minLimit(config.minConcurrency()).initialLimit(config.initialConcurrency())
                        .maxConcurrency(config.maxConcurrency()).build()
                : FixedLimit.of(config.maxConcurrency());
        return new AdmissionControl(limit, config.guaranteedShare(), lag::shortOfCpu);
    }
}
