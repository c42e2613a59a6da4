package dk.servicelevel.booking.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response.Status;

import org.hibernate.exception.ConstraintViolationException;

import dk.servicelevel.booking.capacity.CapacityModelRecord;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * A new booking in two round trips and no transaction of its own, as the booking rush needs: one read of its class and
 * test, and one statement that reserves the slot's seats and records the booking, all or nothing.
 */
@ApplicationScoped
public class SeatReservation {

    private static final String CLASS_TO_BOOK = """
            SELECT c.institution_number, c.grade, t.grade,
                   (SELECT string_agg(p.pseudonym, ',' ORDER BY p.pseudonym) FROM pupil p WHERE p.class_id = c.id)
            FROM school_class c LEFT JOIN national_test t ON t.code = $2 WHERE c.id = $1""";

    /**
     * Takes the seats if they fit and the capacity model is still at the version the capacity was computed from, and
     * records the booking; answers its id, or none, with the slot's taken seats and the model's version before it.
     */
    private static final String RESERVE_AND_RECORD = """
            WITH reserved AS (
                INSERT INTO slot_usage AS u (slot_start, booked)
                SELECT $1::timestamptz, $2::int
                WHERE $2::int <= $3::bigint AND (SELECT version FROM capacity_model WHERE id = %1$d) = $4::bigint
                ON CONFLICT (slot_start) DO UPDATE SET booked = u.booked + excluded.booked
                WHERE u.booked + u.best_effort + excluded.booked <= $3::bigint
                RETURNING slot_start),
            recorded AS (
                INSERT INTO booking (institution_number, test_code, class_id, slot_start, seats, pupils, state, created_at, created_by, version)
                SELECT $5::varchar, $6::varchar, $7::bigint, slot_start, $2::int, $8::varchar, '%2$s', $9::timestamptz, $10::varchar, 0
                FROM reserved
                RETURNING id)
            SELECT (SELECT id FROM recorded),
                   (SELECT booked + best_effort FROM slot_usage WHERE slot_start = $1::timestamptz),
                   (SELECT version FROM capacity_model WHERE id = %1$d)""".formatted(CapacityModelRecord.ONLY, BookingState.ACTIVE);

    private static final String ACTIVE_BOOKING_OF_THE_SLOT = "SELECT id FROM booking WHERE class_id = $1 AND slot_start = $2 AND state = '%s'"
            .formatted(BookingState.ACTIVE);

    /** What the statement did: the booking's id if it was recorded, else the slot's taken seats and the model's version. */
    record Outcome(Long bookingId, int taken, long modelVersion) {

        boolean recorded() {
            return bookingId != null;
        }
    }

    private final Pool database;
    private final PseudonymListConverter pseudonyms = new PseudonymListConverter();

    SeatReservation(Pool database) {
        this.database = database;
    }

    /** The class and the test's grade; null when no class has the id. */
    Uni<ClassToBook> classToBook(long classId, String test) {
        return database.preparedQuery(CLASS_TO_BOOK).execute(Tuple.of(classId, test)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            String pupils = row.getString(3);
            return new ClassToBook(row.getString(0), row.getInteger(1), row.getInteger(2),
                    pupils == null ? List.of() : Arrays.asList(pupils.split(",")));
        });
    }

    /** Reserves the booking's seats of a slot whose capacity was computed from the model at {@code modelVersion}. */
    Uni<Outcome> reserve(Booking booking, long capacity, long modelVersion) {
        Tuple parameters = Tuple.from(List.of(utc(booking.slotStart), booking.seats, capacity, modelVersion, booking.institutionNumber,
                booking.testCode, booking.classId, pseudonyms.convertToDatabaseColumn(booking.pupils), utc(booking.createdAt),
                booking.createdBy));
        return database.preparedQuery(RESERVE_AND_RECORD).execute(parameters).map(rows -> {
            Row row = rows.iterator().next();
            Integer taken = row.getInteger(1);
            return new Outcome(row.getLong(0), taken == null ? 0 : taken, row.getLong(2));
        });
    }

    /** The failure of a booking of a slot that its class already holds, naming the booking it holds. */
    <T> Uni<T> alreadyBooked(long classId, Instant slotStart) {
        return database.preparedQuery(ACTIVE_BOOKING_OF_THE_SLOT).execute(Tuple.of(classId, utc(slotStart))).map(rows -> {
            if (rows.size() == 0) {
                throw new ClientErrorException("The class's booking of this slot was cancelled meanwhile; book again", Status.CONFLICT);
            }
            throw new ClassAlreadyBookedException(rows.iterator().next().getLong(0));
        });
    }

    /** Whether the database refused a booking because its class already holds one of the slot. */
    static boolean isSecondBookingOfASlot(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException refused && ClassAlreadyBookedException.CONSTRAINT.equals(refused.getConstraint())
                    || cause instanceof ConstraintViolationException violation
                            && ClassAlreadyBookedException.CONSTRAINT.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
