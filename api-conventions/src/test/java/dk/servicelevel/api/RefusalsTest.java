package dk.servicelevel.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ClientErrorException;

import org.junit.jupiter.api.Test;

import dk.servicelevel.rules.AccessRefusedException;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;

class RefusalsTest {

    @Test
    void eachDomainRefusalHasItsStatus() {
        assertThat(Refusals.status(new RuleViolationException("endAt", "must be after startAt"))).isEqualTo(422);
        assertThat(Refusals.status(new StateConflictException("An incident that is CLOSED cannot become RESOLVED"))).isEqualTo(409);
        assertThat(Refusals.status(new UnknownRecordException("No incident has the id INC-2026-000001"))).isEqualTo(404);
        assertThat(Refusals.status(new StaleVersionException("The booking 7 is at version 2, not 1"))).isEqualTo(412);
        assertThat(Refusals.status(new AccessRefusedException("A school may only see its own data"))).isEqualTo(403);
        assertThat(Refusals.status(new ClientErrorException("If-Match is required", 428))).isEqualTo(428);
    }

    @Test
    void aFailureOfTheServiceIsNoRefusal() {
        assertThat(Refusals.isRefusal(new StateConflictException("taken"))).isTrue();
        assertThat(Refusals.isRefusal(new IllegalStateException("a bug"))).isFalse();
    }
}
