package dk.servicelevel.booking.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.schoolyear.SchoolCalendar.Term;

class SittingLimitTest {

    @Test
    void twoSittingsUntilAprilAndOneAfter() {
        assertThat(new SittingLimit(Term.UNTIL_APRIL, 1, 0).permitsAnother()).isTrue();
        assertThat(new SittingLimit(Term.UNTIL_APRIL, 2, 0).permitsAnother()).isFalse();
        assertThat(new SittingLimit(Term.FROM_APRIL, 0, 0).permitsAnother()).isTrue();
        assertThat(new SittingLimit(Term.FROM_APRIL, 1, 0).permitsAnother()).isFalse();
    }

    @Test
    void eachRegisteredIllnessAllowsOneMoreAndTheRefusalSaysSo() {
        SittingLimit ill = new SittingLimit(Term.FROM_APRIL, 1, 1);
        assertThat(ill.allowed()).isEqualTo(2);
        assertThat(ill.permitsAnother()).isTrue();
        assertThat(new SittingLimit(Term.FROM_APRIL, 2, 1).refusal())
                .isEqualTo("The pupil has sat this test 2 time(s) since 1 April; until the summer holiday 2 are allowed"
                        + " with 1 registered illness(es)");
    }
}
