package dk.servicelevel.report.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

import dk.servicelevel.api.SourceRefusedException;
import dk.servicelevel.api.SourceUnavailableException;
import dk.servicelevel.api.remote.GuardedCalls;
import dk.servicelevel.report.generation.SourceOutageTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;

/**
 * The guard every read of another service goes through, with report-service's settings (guarded-calls.*; a 1 s time-out
 * in this profile): retries, a time-out per attempt, and a breaker per service that stops calling a service that fails;
 * a refusal of the request itself (a 4xx) is an answer, passed on at once and not counted.
 */
@QuarkusTest
@TestProfile(SourceOutageTest.SlaAndBookingDown.class)
class GuardedCallsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    GuardedCalls guarded;

    @Test
    void aCallThatFailsTwiceIsAnsweredByTheThirdAttempt() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = guarded.to("flaky-service", () -> attempts.incrementAndGet() < 3
                ? Uni.createFrom().failure(new IllegalStateException("not yet")) : Uni.createFrom().item("figures"))
                .await().atMost(WAIT);

        assertThat(answer).isEqualTo("figures");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aServiceThatNeverAnswersIsNamedOnceEveryAttemptTimedOut() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> guarded.to("silent-service", () -> {
            attempts.incrementAndGet();
            return Uni.createFrom().<String>nothing();
        }).await().atMost(WAIT))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageStartingWith("silent-service did not answer");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void theBreakerOfAFailingServiceOpensWithoutStoppingCallsToAnother() {
        AtomicInteger attempts = new AtomicInteger();
        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> failing("broken-service", attempts)).isInstanceOf(SourceUnavailableException.class);
        }
        int beforeOpen = attempts.get();

        assertThatThrownBy(() -> failing("broken-service", attempts))
                .isInstanceOf(SourceUnavailableException.class).hasRootCauseInstanceOf(CircuitBreakerOpenException.class);
        assertThat(attempts).hasValue(beforeOpen);
        assertThat(guarded.to("sound-service", () -> Uni.createFrom().item("answer")).await().atMost(WAIT)).isEqualTo("answer");
    }

    @Test
    void aRefusalOfTheRequestIsPassedOnAtOnceAndNeverOpensTheBreaker() {
        AtomicInteger attempts = new AtomicInteger();
        for (int call = 0; call < 20; call++) {
            assertThatThrownBy(() -> guarded.to("strict-service", () -> {
                attempts.incrementAndGet();
                return Uni.createFrom().<String>failure(new WebApplicationException(404));
            }).await().atMost(WAIT)).isInstanceOfSatisfying(SourceRefusedException.class, refused -> assertThat(refused.status()).isEqualTo(404));
        }

        assertThat(attempts).as("one attempt a call: a 404 is not retried").hasValue(20);
        assertThat(guarded.to("strict-service", () -> Uni.createFrom().item("answer")).await().atMost(WAIT)).isEqualTo("answer");
    }

    @Test
    void aServerErrorOrARefusedServiceTokenIsAFailureAndRetried() {
        for (int status : new int[] { 503, 401 }) {
            AtomicInteger attempts = new AtomicInteger();
            assertThatThrownBy(() -> guarded.to("failing-" + status, () -> {
                attempts.incrementAndGet();
                return Uni.createFrom().<String>failure(new WebApplicationException(status));
            }).await().atMost(WAIT)).isInstanceOf(SourceUnavailableException.class);
            assertThat(attempts).as("attempts at %d", status).hasValue(3);
        }
    }

    private String failing(String service, AtomicInteger attempts) {
        return guarded.to(service, () -> {
            attempts.incrementAndGet();
            return Uni.createFrom().<String>failure(new IllegalStateException("refused"));
        }).await().atMost(WAIT);
    }
}
