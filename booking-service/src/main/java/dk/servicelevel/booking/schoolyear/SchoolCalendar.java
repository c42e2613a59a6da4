package dk.servicelevel.booking.schoolyear;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A school year's days: school days are the weekdays from its start until the summer holiday that are neither
 * public holidays nor closed days. 1 April divides it for the per-pupil limits (seed 002, Krav 5).
 */
public record SchoolCalendar(String label, LocalDate startsOn, LocalDate summerHolidayStartsOn, Set<LocalDate> closedDays,
        Predicate<LocalDate> publicHoliday) {

    private static final MonthDay APRIL_FIRST = MonthDay.of(4, 1);

    /** The part of a school year a sitting falls in, each with its own limit. */
    public enum Term {
        UNTIL_APRIL,
        FROM_APRIL
    }

    public LocalDate aprilFirst() {
        return APRIL_FIRST.atYear(summerHolidayStartsOn.getYear());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && date.isBefore(summerHolidayStartsOn);
    }

    /** Why a day is no school day. */
    public enum DayOff {
        WEEKEND,
        PUBLIC_HOLIDAY,
        CLOSED_DAY,
        OUTSIDE_THE_SCHOOL_YEAR
    }

    public boolean isSchoolDay(LocalDate date) {
        return dayOff(date).isEmpty();
    }

    /** Why the day is no school day; empty on a school day. */
    public Optional<DayOff> dayOff(LocalDate date) {
        if (!contains(date)) {
            return Optional.of(DayOff.OUTSIDE_THE_SCHOOL_YEAR);
        } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(DayOff.WEEKEND);
        } else if (publicHoliday.test(date)) {
            return Optional.of(DayOff.PUBLIC_HOLIDAY);
        } else if (closedDays.contains(date)) {
            return Optional.of(DayOff.CLOSED_DAY);
        }
        return Optional.empty();
    }

    /** The term of a day of the school year; empty in the summer holiday. */
    public Optional<Term> termOf(LocalDate date) {
        if (!contains(date)) {
            return Optional.empty();
        }
        return Optional.of(date.isBefore(aprilFirst()) ? Term.UNTIL_APRIL : Term.FROM_APRIL);
    }

    /** The days of a term: from its first day until, not including, the next term's. */
    public record Span(LocalDate from, LocalDate until) {
    }

    public Span span(Term term) {
        return term == Term.UNTIL_APRIL ? new Span(startsOn, aprilFirst()) : new Span(aprilFirst(), summerHolidayStartsOn);
    }
}
