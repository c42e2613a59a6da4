package dk.servicelevel.booking.booking;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class BookingRepository implements PanacheRepository<Booking> {

    /** The active bookings, of one school if named, of slots starting in [from, to) where given, by slot start. */
    public Uni<List<Booking>> active(String institutionNumber, Instant from, Instant to) {
        StringBuilder query = new StringBuilder("state = :active");
        Parameters parameters = Parameters.with("active", BookingState.ACTIVE);
        if (institutionNumber != null) {
            query.append(" and institutionNumber = :school");
            parameters = parameters.and("school", institutionNumber);
        }
        if (from != null) {
            query.append(" and slotStart >= :from");
            parameters = parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and slotStart < :to");
            parameters = parameters.and("to", to);
        }
        return list(query.toString(), Sort.by("slotStart").and("id"), parameters);
    }

    /** The active bookings of a class for a test in the slot starting then. */
    public Uni<List<Booking>> activeOfClass(long classId, String test, Instant slotStart) {
        return list("state = ?1 and slotStart = ?2 and testCode = ?3 and classId = ?4",
                BookingState.ACTIVE, slotStart, test, classId);
    }
}
