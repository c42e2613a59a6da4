package dk.servicelevel.booking.booking;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A booking")
public record BookingResponse(long id, String institutionNumber, String test, long classId, Instant slotStart, int seats,
        @Schema(description = "The booked pupils; empty when the whole class is booked") List<String> pupils,
        BookingState state, Instant createdAt, String createdBy, long version) {

    static BookingResponse of(Booking booking) {
        return new BookingResponse(booking.id, booking.institutionNumber, booking.testCode, booking.classId, booking.slotStart,
                booking.seats, booking.pupils, booking.state, booking.createdAt, booking.createdBy, booking.version);
    }
}
