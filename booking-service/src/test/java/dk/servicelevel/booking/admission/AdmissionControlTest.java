package dk.servicelevel.booking.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.FixedLimit;

import dk.servicelevel.booking.session.UserClass;

class AdmissionControlTest {

    private static final int LIMIT = 10;

    @Test
    void bestEffortMayUseWhatIsFreeButIsRefusedAtTheLimitAndGuaranteedNever() {
        AdmissionControl admission = new AdmissionControl(FixedLimit.of(LIMIT), 0.8, () -> false);
        List<Limiter.Listener> running = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            running.add(admission.admit(UserClass.BEST_EFFORT).orElseThrow());
        }
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isEmpty();
        for (int i = 0; i < 2 * LIMIT; i++) {
            assertThat(admission.admit(UserClass.GUARANTEED)).as("guaranteed request %d", i).isPresent();
        }
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isEmpty();
    }

    @Test
    void atTheLimitBestEffortKeepsOnlyItsOwnShare() {
        AdmissionControl admission = new AdmissionControl(FixedLimit.of(LIMIT), 0.8, () -> false);
        List<Limiter.Listener> running = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            running.add(admission.admit(UserClass.GUARANTEED).orElseThrow());
        }
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isPresent();
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isPresent();
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isEmpty();
        running.forEach(Limiter.Listener::onSuccess);
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isPresent();
    }

    @Test
    void aReleasedPermitIsFreeAgain() {
        AdmissionControl admission = new AdmissionControl(FixedLimit.of(LIMIT), 0.8, () -> false);
        List<Limiter.Listener> running = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            running.add(admission.admit(UserClass.BEST_EFFORT).orElseThrow());
        }
        Optional<Limiter.Listener> refused = admission.admit(UserClass.BEST_EFFORT);
        assertThat(refused).isEmpty();
        running.get(0).onSuccess();
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isPresent();
    }

    @Test
    void whileOverloadedBestEffortIsRefusedAndGuaranteedStillAdmitted() {
        AtomicBoolean overloaded = new AtomicBoolean(true);
        AdmissionControl admission = new AdmissionControl(FixedLimit.of(LIMIT), 0.8, overloaded::get);
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isEmpty();
        assertThat(admission.admit(UserClass.GUARANTEED)).isPresent();
        overloaded.set(false);
        assertThat(admission.admit(UserClass.BEST_EFFORT)).isPresent();
    }
}
