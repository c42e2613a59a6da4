package dk.servicelevel.booking.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

import dk.servicelevel.booking.schoolyear.SchoolCalendar;
import dk.servicelevel.booking.schoolyear.SchoolCalendar.Term;
import dk.servicelevel.booking.schoolyear.SittingLimit;

/** The term a booked slot falls in (a school day of it), whose sittings of a test a booking's pupils use (seed 002, Krav 5). */
public record TermOfSlot(Term term, SchoolCalendar.Span span, ZoneId zone) {

    /** The term of a day of the school year; empty in the summer holiday. Its days begin at midnight in the zone. */
    public static Optional<TermOfSlot> of(SchoolCalendar calendar, LocalDate day, ZoneId zone) {
        return calendar.termOf(day).map(term -> new TermOfSlot(term, calendar.span(term), zone));
    }

    LocalDate startsOn() {
        return span.from();
    }

    LocalDate until() {
        return span.until();
    }

    /** The instant the term begins, for the sittings taken in it. */
    OffsetDateTime startsAt() {
        return span.from().atStartOfDay(zone).toOffsetDateTime();
    }

    /** The instant after the term. */
    OffsetDateTime endsAt() {
        return span.until().atStartOfDay(zone).toOffsetDateTime();
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
