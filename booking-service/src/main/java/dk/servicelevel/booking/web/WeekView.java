package dk.servicelevel.booking.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import dk.servicelevel.booking.catalogue.NationalTest;
import dk.servicelevel.booking.schoolclass.ClassRoster;
import dk.servicelevel.booking.schoolyear.SchoolCalendar;

/**
 * The week of a test as the school's page shows it: the catalogue to choose from, the test plan's weeks, each school
 * day's slots with the seats left and the school's classes in them, the classes to book (those of the test's grade),
 * and those whose pupils have used their sittings.
 */
public record WeekView(String test, List<TestOption> tests, TestWindow window, LocalDate monday, int weekNumber, int year,
        List<DayRow> days, List<ClassRoster> classes, List<UsedUp> usedUp, LocalDate previous, LocalDate next, Choice choice,
        BookingRow moving) {

    /** Monday to Friday. */
    static final int SCHOOL_DAYS = 5;

    /**
     * Whether every pupil of the class has sat or is booked for the test as often as the week's term allows (seed 002,
     * Krav 5): booking it again can only be refused, so the page does not offer it.
     */
    public boolean allSittingsUsed(String className) {
        return usedUp.stream().anyMatch(c -> c.className().equals(className) && c.pupils() >= c.classSize());
    }

    /** Whether a slot can be booked: open, full, or begun already. */
    public enum SlotState {
        OPEN,
        FULL,
        BEGUN
    }

    /** A slot as the page shows it, with the school's classes already booked in it. */
    public record SlotRow(String id, String start, String time, long left, long capacity, SlotState state, List<String> ours) {

        public boolean open() {
            return state == SlotState.OPEN;
        }
    }

    /** A day of the week; no slots and the reason when it is no school day. */
    public record DayRow(LocalDate date, String label, List<SlotRow> slots, SchoolCalendar.DayOff dayOff) {
    }

    /** What the booking form holds: nothing chosen at first, the reader's choice after a refusal. */
    public record Choice(Long classId, String slotStart) {

        static final Choice NONE = new Choice(null, null);
    }

    /** A class some of whose pupils have no sitting of the week's test left in its term: a booking of them is refused. */
    public record UsedUp(String className, long pupils, int classSize) {
    }

    /** A test of the catalogue as the reader names it: its subject in their language and its grade. */
    public record TestOption(String code, String name) {

        static TestOption of(NationalTest test, Locale locale) {
            return new TestOption(test.code, Refusal.texts(locale).testName(test.subjectIn(locale.getLanguage()), test.grade, test.code));
        }
    }

    /** The weeks the test plan sets for the chosen test, and whether the week shown lies outside them. */
    public record TestWindow(LocalDate opens, String from, String to, boolean outside) {

        static TestWindow of(NationalTest test, LocalDate monday, Locale locale) {
            if (test == null || test.windowOpens == null) {
                return null;
            }
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            return new TestWindow(test.windowOpens, day.format(test.windowOpens), day.format(test.windowCloses),
                    test.windowMisses(monday, monday.plusDays(SCHOOL_DAYS - 1)));
        }
    }
}
