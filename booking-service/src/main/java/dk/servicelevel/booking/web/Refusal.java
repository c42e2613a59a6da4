package dk.servicelevel.booking.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import dk.servicelevel.api.Refusals;
import dk.servicelevel.booking.booking.BookingRefusedException;
import dk.servicelevel.booking.booking.ClassAlreadyBookedException;
import dk.servicelevel.booking.booking.SlotFullException;
import dk.servicelevel.booking.schoolyear.SchoolCalendar.Term;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Why a school's booking or change was refused, in the reader's language, and the status the page answers with. */
record Refusal(String reason, int status) {

    static Refusal of(Throwable failure, Locale locale) {
        int status = Refusals.status(failure);
        return new Refusal(reason(failure, locale), status);
    }

    /** A form the page cannot send on: the reason is the page's own. */
    static Refusal ofForm(String reason) {
        return new Refusal(reason, Refusals.UNPROCESSABLE);
    }

    static BookingTexts texts(Locale locale) {
        return MessageBundles.get(BookingTexts.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    private static String reason(Throwable failure, Locale locale) {
        BookingTexts texts = texts(locale);
        if (failure instanceof SlotFullException full) {
            return texts.slotFull(full.left(), full.needed());
        }
        if (failure instanceof ClassAlreadyBookedException) {
            return texts.classAlreadyBooked();
        }
        if (failure instanceof BookingRefusedException refused) {
            return reason(refused, texts, locale);
        }
        if (failure instanceof StaleVersionException) {
            return texts.changedMeanwhile();
        }
        return failure instanceof UnknownRecordException ? texts.noSuchBooking() : failure.getMessage();
    }

    private static String reason(BookingRefusedException refused, BookingTexts texts, Locale locale) {
        List<Object> details = refused.details();
        return switch (refused.refusal()) {
            case NOT_A_CLASS -> texts.notAClass();
            case CLASS_OF_ANOTHER_SCHOOL -> texts.classOfAnotherSchool();
            case CLASS_WITHOUT_PUPILS -> texts.classWithoutPupils();
            case PUPILS_NOT_OF_THE_CLASS -> texts.pupilsNotOfTheClass();
            case NOT_IN_THE_CATALOGUE -> texts.notInTheCatalogue();
            case TEST_OF_ANOTHER_GRADE -> texts.testOfAnotherGrade((Integer) details.get(0), (Integer) details.get(1));
            case NO_SLOTS_THAT_DAY -> texts.noSlotsThatDay(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format((LocalDate) details.get(0)));
            case NOT_A_SLOT -> texts.notASlot();
            case SLOT_BEGUN -> texts.slotBegun();
            case BOOKED_SLOT_BEGUN -> texts.bookedSlotBegun();
            case BOOKING_CANCELLED -> texts.bookingCancelled();
            case SITTINGS_USED -> texts.sittingsUsed((Integer) details.get(0),
                    details.get(3) == Term.UNTIL_APRIL ? texts.termUntilApril() : texts.termFromApril());
        };
    }
}
