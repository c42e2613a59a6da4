package dk.servicelevel.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.schoolyear.SchoolCalendar;

class SlotPlanTest {

    private static final SlotPlan PLAN = new SlotPlan(LocalTime.of(8, 0), Duration.ofHours(1), 6, ZoneId.of("Europe/Copenhagen"));
    private static final SchoolCalendar YEAR = new SchoolCalendar("2026-27", LocalDate.of(2026, 8, 10), LocalDate.of(2027, 6, 26),
            Set.of(), day -> false);

    @Test
    void aSchoolDayHasSixOneHourSlotsFromEightLocalTime() {
        // 4 May 2027 is in summer time: 08:00 in Copenhagen is 06:00 UTC
        assertThat(PLAN.slotsOn(LocalDate.of(2027, 5, 4), YEAR)).hasSize(6)
                .first().isEqualTo(new SlotPlan.Slot(Instant.parse("2027-05-04T06:00:00Z"), Instant.parse("2027-05-04T07:00:00Z")));
        // 7 December 2026 is in winter time: 13:00-14:00 is 12:00-13:00 UTC
        assertThat(PLAN.slotsOn(LocalDate.of(2026, 12, 7), YEAR)).last()
                .isEqualTo(new SlotPlan.Slot(Instant.parse("2026-12-07T12:00:00Z"), Instant.parse("2026-12-07T13:00:00Z")));
    }

    @Test
    void aDayWithoutSchoolHasNoSlots() {
        assertThat(PLAN.slotsOn(LocalDate.of(2027, 5, 8), YEAR)).as("a Saturday").isEmpty();
    }

    @Test
    void anInstantFallsInTheSlotThatHoldsItAndNoneOutsideTheTestHours() {
        assertThat(PLAN.slotAt(Instant.parse("2027-05-04T07:00:00Z"), YEAR)).get()
                .isEqualTo(new SlotPlan.Slot(Instant.parse("2027-05-04T07:00:00Z"), Instant.parse("2027-05-04T08:00:00Z")));
        assertThat(PLAN.slotAt(Instant.parse("2027-05-04T12:00:00Z"), YEAR)).as("14:00 local, after the last slot").isEmpty();
    }
}
