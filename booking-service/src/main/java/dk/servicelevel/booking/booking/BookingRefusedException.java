package dk.servicelevel.booking.booking;

import java.util.List;

import dk.servicelevel.rules.RuleViolationException;

/** A booking or a change of one that breaks a booking rule (422), with the refusal and its details. */
public class BookingRefusedException extends RuleViolationException {

    private final BookingRefusal refusal;
    private final transient List<Object> details;

    public BookingRefusedException(BookingRefusal refusal, Object... details) {
        super(refusal.field(), refusal.describe(details));
        this.refusal = refusal;
        this.details = List.of(details);
    }

    public BookingRefusal refusal() {
        return refusal;
    }

    public List<Object> details() {
        return details;
    }
}
