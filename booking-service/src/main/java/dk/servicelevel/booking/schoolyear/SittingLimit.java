package dk.servicelevel.booking.schoolyear;

import dk.servicelevel.booking.schoolyear.SchoolCalendar.Term;

/**
 * How often a pupil may sit a test, booked or not (seed 002, Krav 5): at most twice from the start of the school
 * year until 1 April, at most once from 1 April until the summer holiday, and once more for each registered illness.
 */
public record SittingLimit(Term term, long sittings, long illnesses) {

    private static final int UNTIL_APRIL = 2;
    private static final int FROM_APRIL = 1;

    public long allowed() {
        return withoutIllness(term) + illnesses;
    }

    /** The sittings a pupil without a registered illness may have in the term. */
    public static int withoutIllness(Term term) {
        return term == Term.UNTIL_APRIL ? UNTIL_APRIL : FROM_APRIL;
    }

    public boolean permitsAnother() {
        return sittings < allowed();
    }

    public String refusal() {
        return "The pupil has sat this test " + sittings + " time(s) "
                + (term == Term.UNTIL_APRIL ? "since the start of the school year; until 1 April " : "since 1 April; until the summer holiday ")
                + allowed() + " are allowed" + (illnesses > 0 ? " with " + illnesses + " registered illness(es)" : "");
    }
}
