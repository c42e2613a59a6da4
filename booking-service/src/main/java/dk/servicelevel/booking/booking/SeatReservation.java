package dk.servicelevel.booking.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;

import dk.servicelevel.booking.capacity.CapacityModelRecord;
import dk.servicelevel.rules.StateConflictException;
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
     * Takes the seats if they fit, the capacity model is still at the version the capacity was computed from and every
     * booked pupil has a sitting of the test free in the term; records the booking and the sittings it holds. Answers
     * its id, or none, with the slot's taken seats, the model's version before it and the pupils without a sitting.
     */
    private static final String RESERVE_AND_RECORD = """
            WITH sitting AS (
                SELECT p.pupil, %3$s AS n FROM unnest($14::varchar[]) AS p (pupil)),
            reserved AS (
                INSERT INTO slot_usage AS u (slot_start, booked)
                SELECT $1::timestamptz, $2::int
                WHERE $2::int <= $3::bigint AND (SELECT version FROM capacity_model WHERE id = %1$d) = $4::bigint
                    AND NOT EXISTS (SELECT 1 FROM sitting WHERE n IS NULL)
                ON CONFLICT (slot_start) DO UPDATE SET booked = u.booked + excluded.booked
                WHERE u.booked + u.best_effort + excluded.booked <= $3::bigint
                RETURNING slot_start),
            recorded AS (
                INSERT INTO booking (institution_number, test_code, class_id, slot_start, seats, pupils, state, created_at, created_by, version)
                SELECT $5::varchar, $6::varchar, $7::bigint, slot_start, $2::int, $8::varchar, '%2$s', $9::timestamptz, $10::varchar, 0
                FROM reserved
                RETURNING id),
            held AS (
                INSERT INTO booked_sitting (booking_id, pupil, test_code, term_starts_on, sitting)
                SELECT recorded.id, sitting.pupil, $6::varchar, $11::date, sitting.n FROM recorded, sitting)
            SELECT (SELECT id FROM recorded),
                   (SELECT booked + best_effort FROM slot_usage WHERE slot_start = $1::timestamptz),
                   (SELECT version FROM capacity_model WHERE id = %1$d),
                   (SELECT string_agg(pupil, ',' ORDER BY pupil) FROM sitting WHERE n IS NULL)"""
            .formatted(CapacityModelRecord.ONLY, BookingState.ACTIVE,
                    BookedSittingRepository.lowestFreeSitting("p.pupil", "$6::varchar", "$11::date", "$12::date", "$13::int"));

    /** The active bookings holding sittings of the test in the term of any of the pupils. */
    private static final String HOLDERS = """
            SELECT DISTINCT s.booking_id FROM booked_sitting s
            WHERE s.pupil = ANY ($1::varchar[]) AND s.test_code = $2 AND s.term_starts_on = $3 ORDER BY s.booking_id""";

    private static final String ACTIVE_BOOKING_OF_THE_SLOT = "SELECT id FROM booking WHERE class_id = $1 AND slot_start = $2 AND state = '%s'"
            .formatted(BookingState.ACTIVE);

    /**
     * What the statement did: the booking's id if it was recorded, else the slot's taken seats, the model's version
     * and the booked pupils who have no sitting of the test left in the term.
     */
    record Outcome(Long bookingId, int taken, long modelVersion, List<String> withoutSitting) {

        boolean recorded() {
            return bookingId != null;
        }
    }

    /** A capacity below any booking's seats. */
    private static final long NOTHING_FITS = -1;

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

    /**
     * Reserves the booking's seats of a slot whose capacity was computed from the model at {@code modelVersion}, and a
     * sitting of the test in the slot's term for each of the booked pupils.
     */
    Uni<Outcome> reserve(Booking booking, List<String> bookedPupils, TermOfSlot term, long capacity, long modelVersion) {
        Tuple parameters = Tuple.from(List.of(utc(booking.slotStart), booking.seats, capacity, modelVersion, booking.institutionNumber,
                booking.testCode, booking.classId, pseudonyms.convertToDatabaseColumn(booking.pupils), utc(booking.createdAt),
                booking.createdBy, term.startsOn(), term.until(), term.sittingsWithoutIllness(), bookedPupils.toArray(String[]::new)));
        return database.preparedQuery(RESERVE_AND_RECORD).execute(parameters).map(rows -> {
            Row row = rows.iterator().next();
            Integer taken = row.getInteger(1);
            String withoutSitting = row.getString(3);
            return new Outcome(row.getLong(0), taken == null ? 0 : taken, row.getLong(2),
                    withoutSitting == null ? List.of() : Arrays.asList(withoutSitting.split(",")));
        });
    }

    /**
     * The booking statement as a rehearsal: one seat of a slot nobody books (the epoch) where none fits, for a pupil
     * nobody has, so the database parses, plans and runs all of it and writes nothing. The warm-up runs it on every
     * connection before the replica takes its first booking.
     */
    public Uni<Void> rehearse() {
        OffsetDateTime nobodysSlot = utc(Instant.EPOCH);
        Tuple parameters = Tuple.from(List.of(nobodysSlot, 1, NOTHING_FITS, 0L, "", "", 0L, "", nobodysSlot, "", LocalDate.EPOCH,
                LocalDate.EPOCH, 1, new String[] { "" }));
        return database.preparedQuery(RESERVE_AND_RECORD).execute(parameters).replaceWithVoid();
    }

    /**
     * The refusal of a new booking some of whose pupils have no sitting of the test left in the term: that its class
     * holds the slot already, if it does (a booking made twice), else {@link #sittingsUsed}.
     */
    <T> Uni<T> noSittingLeft(Booking booking, List<String> without, TermOfSlot term) {
        return activeBookingOfTheSlot(booking.classId, booking.slotStart).chain(held -> {
            if (held.isPresent()) {
                throw new ClassAlreadyBookedException(held.get());
            }
            return sittingsUsed(without.size(), without, booking.testCode, term);
        });
    }

    /**
     * The refusal of a booking some of whose pupils ({@code without} of them) have no sitting of the test left in the
     * term, naming the bookings that hold the pupils' sittings.
     */
    <T> Uni<T> sittingsUsed(int without, List<String> pupils, String test, TermOfSlot term) {
        return database.preparedQuery(HOLDERS).execute(Tuple.of(pupils.toArray(String[]::new), test, term.startsOn())).map(rows -> {
            List<Long> holders = new ArrayList<>();
            rows.forEach(row -> holders.add(row.getLong(0)));
            throw new BookingRefusedException(BookingRefusal.SITTINGS_USED, without, term.describe(), holders.stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")), term.term());
        });
    }

    /** The failure of a booking of a slot that its class already holds, naming the booking it holds. */
    <T> Uni<T> alreadyBooked(long classId, Instant slotStart) {
        return activeBookingOfTheSlot(classId, slotStart).map(held -> {
            throw held.<RuntimeException> map(ClassAlreadyBookedException::new).orElseGet(() ->
                    new StateConflictException("The class's booking of this slot was cancelled meanwhile; book again"));
        });
    }

    /** The id of the class's active booking of the slot, if it holds one. */
    private Uni<Optional<Long>> activeBookingOfTheSlot(long classId, Instant slotStart) {
        return database.preparedQuery(ACTIVE_BOOKING_OF_THE_SLOT).execute(Tuple.of(classId, utc(slotStart)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0)));
    }

    /** Whether the database refused a booking because its class already holds one of the slot. */
    static boolean isSecondBookingOfASlot(Throwable failure) {
        return violates(failure, ClassAlreadyBookedException.CONSTRAINT);
    }

    /** Whether another booking took a sitting of one of the pupils while this one was being made. */
    static boolean isSittingTakenMeanwhile(Throwable failure) {
        return violates(failure, BookedSittingRepository.ONCE);
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException refused && constraint.equals(refused.getConstraint())
                    || cause instanceof ConstraintViolationException violation && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
