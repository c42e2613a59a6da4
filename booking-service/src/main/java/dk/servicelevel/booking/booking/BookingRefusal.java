package dk.servicelevel.booking.booking;

/**
 * Why a booking, or a change of one, breaks a rule: the request field it concerns and the API's words for it, with
 * {@link String#format} places for the details. The school pages say each in the reader's language.
 */
public enum BookingRefusal {
    NOT_A_CLASS("classId", "is not a class"),
    CLASS_OF_ANOTHER_SCHOOL("classId", "must be a class of the booking's school"),
    CLASS_WITHOUT_PUPILS("classId", "has no pupils to book for"),
    PUPILS_NOT_OF_THE_CLASS("pupils", "must be different pupils of the class"),
    NOT_IN_THE_CATALOGUE("test", "is not in the test catalogue"),
    TEST_OF_ANOTHER_GRADE("test", "is for grade %d; the class is in grade %d"),
    NO_SLOTS_THAT_DAY("slotStart", "%2$s"),
    NOT_A_SLOT("slotStart", "is not the start of a slot of a school day"),
    SLOT_BEGUN("slotStart", "has begun; book a slot that is still ahead"),
    BOOKED_SLOT_BEGUN("slotStart", "The booked slot has begun; the booking can no longer change"),
    BOOKING_CANCELLED("state", "The booking is cancelled"),
    SITTINGS_USED("pupils", "%d of the pupils have sat or are booked for this test as often as they may sit it %s (twice until "
            + "1 April, once after, one more for each registered illness; sittings without a booking count too): bookings %s");

    private final String field;
    private final String description;

    BookingRefusal(String field, String description) {
        this.field = field;
        this.description = description;
    }

    public String field() {
        return field;
    }

    String describe(Object... details) {
        return description.formatted(details);
    }
}
