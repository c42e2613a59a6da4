package dk.servicelevel.booking.booking;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** A booking of a slot the class already holds (409): a class sits one test at a time. Names the booking it holds. */
public class ClassAlreadyBookedException extends ClientErrorException {

    /** The database rule behind it (migration V7). */
    static final String CONSTRAINT = "booking_of_a_class_once_a_slot";

    private final long booking;

    ClassAlreadyBookedException(long booking) {
        super("The class already holds booking " + booking + " of this slot; a class holds one booking of a slot",
                Response.status(Status.CONFLICT).header(HttpHeaders.LINK, "<" + BookingResource.PATH + "/" + booking + ">; rel=\"related\"")
                        .build());
        this.booking = booking;
    }

    public long booking() {
        return booking;
    }
}
