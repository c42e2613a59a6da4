package dk.servicelevel.booking.admission;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limiter.AbstractPartitionedLimiter;

import dk.servicelevel.booking.session.UserClass;

/**
 * Partitions the requests the service works on at once between the classes (seed 002, Krav 10): guaranteed traffic
 * always has its share of the limit; best-effort traffic may use what guaranteed traffic leaves, and is refused when
 * the limit is reached or while the service is short of CPU (overloaded). Guaranteed traffic itself is never refused
 * here: bookings already keep it within the capacity, so beyond its share it is let through, uncounted.
 */
public final class AdmissionControl {

    private static final class ClassLimiterBuilder extends AbstractPartitionedLimiter.Builder<ClassLimiterBuilder, UserClass> {
        @Override
        protected ClassLimiterBuilder self() {
            return this;
        }
    }

    private final Limiter<UserClass> limiter;
    private final BooleanSupplier overloaded;

    public AdmissionControl(Limit limit, double guaranteedShare, BooleanSupplier overloaded) {
        this.overloaded = overloaded;
        this.limiter = new ClassLimiterBuilder()
                .named("test-sessions")
                .limit(limit)
                .partitionResolver(UserClass::name)
                .partition(UserClass.GUARANTEED.name(), guaranteedShare)
                .partition(UserClass.BEST_EFFORT.name(), 1 - guaranteedShare)
                .build();
    }

    private static final Limiter.Listener UNCOUNTED = new Limiter.Listener() {
        @Override
        public void onSuccess() {
            // not counted by the limiter
        }

        @Override
        public void onIgnore() {
            // not counted by the limiter
        }

        @Override
        public void onDropped() {
            // not counted by the limiter
        }
    };

    /** A permit to work on a request of the class, to be released with its outcome; empty: refuse the request. */
    public Optional<Limiter.Listener> admit(UserClass userClass) {
        if (userClass == UserClass.BEST_EFFORT && overloaded.getAsBoolean()) {
            return Optional.empty();
        }
        Optional<Limiter.Listener> permit = limiter.acquire(userClass);
        return permit.isEmpty() && userClass == UserClass.GUARANTEED ? Optional.of(UNCOUNTED) : permit;
    }
}
