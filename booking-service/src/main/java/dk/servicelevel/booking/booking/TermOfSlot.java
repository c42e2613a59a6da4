package dk.servicelevel.booking.booking;

import java.time.LocalDate;

import dk.servicelevel.booking.schoolyear.SchoolCalendar;
import dk.servicelevel.booking.schoolyear.SchoolCalendar.Term;
import dk.servicelevel.booking.session.SittingLimit;

/** The term a booked slot falls in (a school day of it), whose sittings of a test a booking's pupils use (seed 002, Krav 5). */
public record TermOfSlot(Term term, SchoolCalendar.Span span) {

    public static TermOfSlot of(SchoolCalendar calendar, LocalDate day) {
        Term term = calendar.termOf(day).orElseThrow();
        return new TermOfSlot(term, calendar.span(term));
    }

    LocalDate startsOn() {
        return span.from();
    }

    LocalDate until() {
        return span.until();
    }

    /** The sittings a pupil may have in the term without a registered illness; each illness in it allows one more. */
    int sittingsWithoutIllness() {
        return SittingLimit.withoutIllness(term);
    }

    /** The term in the words of a refusal. */
    String describe() {
        return term == Term.UNTIL_APRIL ? "from the start of the school year until 1 April" : "from 1 April until the summer holiday";
    }
}
