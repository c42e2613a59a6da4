package dk.servicelevel.booking.admission;

import java.util.Optional;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limiter.AbstractPartitionedLimiter;

import dk.servicelevel.booking.session.UserClass;

/**
 * Partitions the requests the service works on at once between the classes (seed 002, Krav 10): guaranteed traffic
 * always has its share of the limit; best-effort traffic may use what guaranteed traffic leaves, and is the first to
 * be refused when the limit is reached.
 */
public final class AdmissionControl {

    private static final class ClassLimiterBuilder extends AbstractPartitionedLimiter.Builder<ClassLimiterBuilder, UserClass> {
        @Override
        protected ClassLimiterBuilder self() {
            return this;
        }
    }

    private final Limiter<UserClass> limiter;

    public AdmissionControl(Limit limit, double guaranteedShare) {
        this.limiter = new ClassLimiterBuilder()
                .named("test-sessions")
                .limit(limit)
                .partitionResolver(UserClass::name)
                .partition(UserClass.GUARANTEED.name(), guaranteedShare)
                .partition(UserClass.BEST_EFFORT.name(), 1 - guaranteedShare)
                .build();
    }

    /** A permit to work on a request of the class, to be released with its outcome; empty: refuse the request. */
    public Optional<Limiter.Listener> admit(UserClass userClass) {
        return limiter.acquire(userClass);
    }
}
