package dk.servicelevel.booking.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.servicelevel.booking.schoolyear.SchoolCalendar.DayOff;

class SchoolCalendarTest {

    /** Ascension Day 2027 is 6 May. */
    private static final LocalDate ASCENSION = LocalDate.of(2027, 5, 6);
    private static final LocalDate CLOSED = LocalDate.of(2026, 10, 12);
    private static final SchoolCalendar YEAR = new SchoolCalendar("2026-27", LocalDate.of(2026, 8, 10), LocalDate.of(2027, 6, 26),
            Set.of(CLOSED), ASCENSION::equals);

    @Test
    void aDayWithoutSchoolSaysWhy() {
        assertThat(YEAR.dayOff(LocalDate.of(2027, 5, 4))).isEmpty();
        assertThat(YEAR.dayOff(LocalDate.of(2027, 5, 8))).contains(DayOff.WEEKEND);
        assertThat(YEAR.dayOff(ASCENSION)).contains(DayOff.PUBLIC_HOLIDAY);
        assertThat(YEAR.dayOff(CLOSED)).contains(DayOff.CLOSED_DAY);
        assertThat(YEAR.dayOff(LocalDate.of(2027, 6, 28))).as("the summer holiday").contains(DayOff.OUTSIDE_THE_SCHOOL_YEAR);
        assertThat(YEAR.dayOff(LocalDate.of(2026, 8, 7))).contains(DayOff.OUTSIDE_THE_SCHOOL_YEAR);
    }

    @Test
    void aSchoolDayIsADayWithoutAReasonToBeOff() {
        assertThat(YEAR.isSchoolDay(LocalDate.of(2026, 8, 10))).isTrue();
        assertThat(YEAR.isSchoolDay(ASCENSION)).isFalse();
        assertThat(YEAR.isSchoolDay(LocalDate.of(2027, 6, 26))).isFalse();
    }
}
