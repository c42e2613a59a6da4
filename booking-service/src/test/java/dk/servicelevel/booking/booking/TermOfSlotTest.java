package dk.servicelevel.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.schoolyear.SchoolCalendar;

/** The term of a booked slot (seed 002, Krav 5): until 1 April two sittings of a test, from then until the summer one. */
class TermOfSlotTest {

    private static final SchoolCalendar YEAR = new SchoolCalendar("2026-27", LocalDate.of(2026, 8, 10), LocalDate.of(2027, 6, 26),
            Set.of(), day -> false);
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Copenhagen");

    @Test
    void aDayBeforeAprilFallsInTheFirstTermWithTwoSittings() {
        TermOfSlot term = TermOfSlot.of(YEAR, LocalDate.of(2027, 3, 31), PORTAL_ZONE).orElseThrow();

        assertThat(term.startsOn()).isEqualTo(LocalDate.of(2026, 8, 10));
        assertThat(term.until()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(term.sittingsWithoutIllness()).isEqualTo(2);
        assertThat(term.describe()).isEqualTo("from the start of the school year until 1 April");
        assertThat(term.startsAt()).isEqualTo(OffsetDateTime.parse("2026-08-10T00:00+02:00"));
        assertThat(term.endsAt()).as("midnight of 1 April, after the change to summer time on 28 March")
                .isEqualTo(OffsetDateTime.parse("2027-04-01T00:00+02:00"));
    }

    @Test
    void theFirstOfAprilStartsTheSecondTermWithOneSitting() {
        TermOfSlot term = TermOfSlot.of(YEAR, LocalDate.of(2027, 4, 1), PORTAL_ZONE).orElseThrow();

        assertThat(term.startsOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(term.until()).isEqualTo(LocalDate.of(2027, 6, 26));
        assertThat(term.sittingsWithoutIllness()).isEqualTo(1);
        assertThat(term.startsAt()).as("midnight of 1 April in summer time").isEqualTo(OffsetDateTime.parse("2027-04-01T00:00+02:00"));
        assertThat(term.endsAt()).isEqualTo(OffsetDateTime.parse("2027-06-26T00:00+02:00"));
    }

    @Test
    void theSummerHolidayIsInNoTerm() {
        assertThat(TermOfSlot.of(YEAR, LocalDate.of(2027, 7, 1), PORTAL_ZONE)).isEmpty();
    }
}
