package dk.servicelevel.booking.booking;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response.Status;

/** A booking that does not fit the seats left of its slot (409): how many are left and how many it needs. */
public class SlotFullException extends ClientErrorException {

    private final long left;
    private final int needed;

    public SlotFullException(long left, int needed) {
        super("The slot is full for this booking: " + left + " seats are left, it needs " + needed, Status.CONFLICT);
        this.left = left;
        this.needed = needed;
    }

    public long left() {
        return left;
    }

    public int needed() {
        return needed;
    }
}
