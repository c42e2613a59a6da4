package dk.servicelevel.booking.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;

import dk.servicelevel.booking.capacity.CapacityModelRecord;
import dk.servicelevel.booking.schoolyear.SchoolCalendar;
import dk.servicelevel.rules.StateConflictException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * A new booking in two round trips and no transaction of its own, as the booking rush needs: one read of its class and
 * test, and one statement that reserves the slot's seats and records the booking, all or nothing. Bookings of one slot
 * that arrive together are reserved together ({@link #reserveTogether}): one commit, one wait for the slot's row.
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
                    BookedSittingRepository.lowestFreeSitting("p.pupil", "$6::varchar", "$11::date", "$12::date", "$13::int",
                            "$15::timestamptz", "$16::timestamptz"));

    /** The lowest free sitting of each pupil of bookings reserved together (null: none left), by the booking's place. */
    private static final String FREE_SITTINGS = """
            SELECT p.nth, p.pupil, %s
            FROM unnest($1::int[], $2::varchar[], $3::varchar[], $4::date[], $5::date[], $6::int[], $7::timestamptz[], $8::timestamptz[])
                AS p (nth, pupil, test_code, starts_on, until, sittings, starts_at, ends_at)"""
            .formatted(BookedSittingRepository.lowestFreeSitting("p.pupil", "p.test_code", "p.starts_on", "p.until", "p.sittings",
                    "p.starts_at", "p.ends_at"));

    /**
     * Locks the slot's row (made if the slot had none) until the commit, and answers its taken seats and the capacity
     * model's version: the bookings reserved together are then counted against the seats in the order they arrived.
     */
    private static final String LOCK_SLOT = """
            INSERT INTO slot_usage AS u (slot_start, booked) VALUES ($1::timestamptz, 0)
            ON CONFLICT (slot_start) DO UPDATE SET booked = u.booked
            RETURNING u.booked + u.best_effort, (SELECT version FROM capacity_model WHERE id = %d)""".formatted(CapacityModelRecord.ONLY);

    /** Records the bookings that fit with the sittings they hold and adds their seats to the locked slot's row. */
    private static final String RECORD_TOGETHER = """
            WITH recorded AS (
                INSERT INTO booking (institution_number, test_code, class_id, slot_start, seats, pupils, state, created_at, created_by, version)
                SELECT b.institution_number, b.test_code, b.class_id, $1::timestamptz, b.seats, b.pupils, '%s', b.created_at, b.created_by, 0
                FROM unnest($2::varchar[], $3::varchar[], $4::bigint[], $5::int[], $6::varchar[], $7::timestamptz[], $8::varchar[])
                    AS b (institution_number, test_code, class_id, seats, pupils, created_at, created_by)
                RETURNING id, class_id),
            held AS (
                INSERT INTO booked_sitting (booking_id, pupil, test_code, term_starts_on, sitting)
                SELECT r.id, s.pupil, s.test_code, s.term_starts_on, s.sitting
                FROM unnest($9::bigint[], $10::varchar[], $11::varchar[], $12::date[], $13::int[])
                    AS s (class_id, pupil, test_code, term_starts_on, sitting)
                JOIN recorded r ON r.class_id = s.class_id),
            reserved AS (
                UPDATE slot_usage SET booked = booked + $14::int WHERE slot_start = $1::timestamptz)
            SELECT class_id, id FROM recorded""".formatted(BookingState.ACTIVE);

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

    /** A booking to reserve: its seats for the pupils booked, against the slot's capacity as computed from the model at a version. */
    record Reservation(Booking booking, List<String> bookedPupils, TermOfSlot term, long capacity, long modelVersion) {
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
     * Reserves the booking's seats of a slot whose capacity was computed from the model at the reservation's version,
     * and a sitting of the test in the slot's term for each of the booked pupils.
     */
    Uni<Outcome> reserve(Reservation reservation) {
        Booking booking = reservation.booking();
        TermOfSlot term = reservation.term();
        Tuple parameters = Tuple.from(List.of(utc(booking.slotStart), booking.seats, reservation.capacity(), reservation.modelVersion(),
                booking.institutionNumber, booking.testCode, booking.classId, pseudonyms.convertToDatabaseColumn(booking.pupils),
                utc(booking.createdAt), booking.createdBy, term.startsOn(), term.until(), term.sittingsWithoutIllness(),
                reservation.bookedPupils().toArray(String[]::new), term.startsAt(), term.endsAt()));
        return database.preparedQuery(RESERVE_AND_RECORD).execute(parameters).map(rows -> {
            Row row = rows.iterator().next();
            Integer taken = row.getInteger(1);
            String withoutSitting = row.getString(3);
            return new Outcome(row.getLong(0), taken == null ? 0 : taken, row.getLong(2),
                    withoutSitting == null ? List.of() : Arrays.asList(withoutSitting.split(",")));
        });
    }

    /**
     * Reserves bookings of one slot together, in one transaction: the pupils' free sittings are read first, then the
     * slot's row is locked and each booking, in the order given, takes its seats if its pupils have sittings, its
     * model version is the model's and its seats fit, exactly as if reserved one after the other; the outcomes in
     * that order. Fails as a whole (nothing written) if a booking collides with another made meanwhile (its class's
     * booking of the slot, a pupil's sitting): then reserve them one by one.
     */
    Uni<List<Outcome>> reserveTogether(Instant slotStart, List<Reservation> together) {
        return database.withTransaction(connection -> together(connection, slotStart, together));
    }

    private Uni<List<Outcome>> together(SqlConnection connection, Instant slotStart, List<Reservation> together) {
        return connection.preparedQuery(FREE_SITTINGS).execute(freeSittingsOf(together)).chain(free -> {
            List<Map<String, Integer>> sittings = new ArrayList<>();
            together.forEach(reservation -> sittings.add(new HashMap<>()));
            free.forEach(row -> sittings.get(row.getInteger(0)).put(row.getString(1), row.getInteger(2)));
            return connection.preparedQuery(LOCK_SLOT).execute(Tuple.of(utc(slotStart))).chain(locked -> {
                Row slot = locked.iterator().next();
                SlotCount count = new SlotCount(slot.getInteger(0), slot.getLong(1));
                List<Outcome> outcomes = new ArrayList<>();
                List<Integer> fitting = new ArrayList<>();
                for (int nth = 0; nth < together.size(); nth++) {
                    Optional<Outcome> refused = count.refusal(together.get(nth), sittings.get(nth));
                    outcomes.add(refused.orElse(null));
                    if (refused.isEmpty()) {
                        fitting.add(nth);
                    }
                }
                if (fitting.isEmpty()) {
                    return Uni.createFrom().item(outcomes);
                }
                return connection.preparedQuery(RECORD_TOGETHER).execute(recordTogether(slotStart, together, fitting, sittings))
                        .map(recorded -> {
                            Map<Long, Long> idOfClass = new HashMap<>();
                            recorded.forEach(row -> idOfClass.put(row.getLong(0), row.getLong(1)));
                            for (int nth : fitting) {
                                outcomes.set(nth, new Outcome(idOfClass.get(together.get(nth).booking().classId), count.taken, count.version,
                                        List.of()));
                            }
                            return outcomes;
                        });
            });
        });
    }

    /** The locked slot's taken seats and the model's version, as the bookings reserved together take seats in turn. */
    private static final class SlotCount {

        private int taken;
        private final long version;

        SlotCount(int taken, long version) {
            this.taken = taken;
            this.version = version;
        }

        /**
         * Takes the booking's seats if it fits at this point; if not, what the single statement would have answered
         * for it, naming the pupils without a sitting.
         */
        Optional<Outcome> refusal(Reservation reservation, Map<String, Integer> sittings) {
            List<String> without = reservation.bookedPupils().stream().filter(pupil -> sittings.get(pupil) == null).sorted().toList();
            int seats = reservation.booking().seats;
            if (!without.isEmpty() || reservation.modelVersion() != version || taken + seats > reservation.capacity()) {
                return Optional.of(new Outcome(null, taken, version, without));
            }
            taken += seats;
            return Optional.empty();
        }
    }

    private static Tuple freeSittingsOf(List<Reservation> together) {
        List<Integer> nths = new ArrayList<>();
        List<String> pupils = new ArrayList<>();
        List<String> tests = new ArrayList<>();
        List<LocalDate> startsOn = new ArrayList<>();
        List<LocalDate> until = new ArrayList<>();
        List<Integer> sittings = new ArrayList<>();
        List<OffsetDateTime> startsAt = new ArrayList<>();
        List<OffsetDateTime> endsAt = new ArrayList<>();
        for (int nth = 0; nth < together.size(); nth++) {
            Reservation reservation = together.get(nth);
            for (String pupil : reservation.bookedPupils()) {
                nths.add(nth);
                pupils.add(pupil);
                tests.add(reservation.booking().testCode);
                startsOn.add(reservation.term().startsOn());
                until.add(reservation.term().until());
                sittings.add(reservation.term().sittingsWithoutIllness());
                startsAt.add(reservation.term().startsAt());
                endsAt.add(reservation.term().endsAt());
            }
        }
        return Tuple.from(List.of(nths.toArray(Integer[]::new), pupils.toArray(String[]::new), tests.toArray(String[]::new),
                startsOn.toArray(LocalDate[]::new), until.toArray(LocalDate[]::new), sittings.toArray(Integer[]::new),
                startsAt.toArray(OffsetDateTime[]::new), endsAt.toArray(OffsetDateTime[]::new)));
    }

    private Tuple recordTogether(Instant slotStart, List<Reservation> together, List<Integer> fitting, List<Map<String, Integer>> sittings) {
        int size = fitting.size();
        String[] schools = new String[size];
        String[] tests = new String[size];
        Long[] classes = new Long[size];
        Integer[] seats = new Integer[size];
        String[] pupils = new String[size];
        OffsetDateTime[] createdAt = new OffsetDateTime[size];
        String[] createdBy = new String[size];
        List<Long> sittingClasses = new ArrayList<>();
        List<String> sittingPupils = new ArrayList<>();
        List<String> sittingTests = new ArrayList<>();
        List<LocalDate> sittingTerms = new ArrayList<>();
        List<Integer> sittingNumbers = new ArrayList<>();
        int allSeats = 0;
        for (int i = 0; i < size; i++) {
            int nth = fitting.get(i);
            Booking booking = together.get(nth).booking();
            schools[i] = booking.institutionNumber;
            tests[i] = booking.testCode;
            classes[i] = booking.classId;
            seats[i] = booking.seats;
            pupils[i] = pseudonyms.convertToDatabaseColumn(booking.pupils);
            createdAt[i] = utc(booking.createdAt);
            createdBy[i] = booking.createdBy;
            allSeats += booking.seats;
            sittings.get(nth).forEach((pupil, sitting) -> {
                sittingClasses.add(booking.classId);
                sittingPupils.add(pupil);
                sittingTests.add(booking.testCode);
                sittingTerms.add(together.get(nth).term().startsOn());
                sittingNumbers.add(sitting);
            });
        }
        return Tuple.from(List.of(utc(slotStart), schools, tests, classes, seats, pupils, createdAt, createdBy,
                sittingClasses.toArray(Long[]::new), sittingPupils.toArray(String[]::new), sittingTests.toArray(String[]::new),
                sittingTerms.toArray(LocalDate[]::new), sittingNumbers.toArray(Integer[]::new), allSeats));
    }

    /**
     * The booking statements as a rehearsal: the one for a booking alone with one seat of a slot nobody books (the
     * epoch) where none fits, for a pupil nobody has, so the database parses, plans and runs all of it and writes
     * nothing; then those for bookings reserved together, in a transaction rolled back. The warm-up runs them on every
     * connection before the replica takes its first booking.
     */
    public Uni<Void> rehearse() {
        OffsetDateTime nobodysSlot = utc(Instant.EPOCH);
        Tuple parameters = Tuple.from(List.of(nobodysSlot, 1, NOTHING_FITS, 0L, "", "", 0L, "", nobodysSlot, "", LocalDate.EPOCH,
                LocalDate.EPOCH, 1, new String[] { "" }, nobodysSlot, nobodysSlot));
        return database.preparedQuery(RESERVE_AND_RECORD).execute(parameters).replaceWithVoid().chain(this::rehearseTogether);
    }

    private Uni<Void> rehearseTogether() {
        Booking nobodys = new Booking();
        nobodys.slotStart = Instant.EPOCH;
        nobodys.testCode = "";
        Reservation nobody = new Reservation(nobodys, List.of(""), new TermOfSlot(SchoolCalendar.Term.UNTIL_APRIL,
                new SchoolCalendar.Span(LocalDate.EPOCH, LocalDate.EPOCH), ZoneOffset.UTC), NOTHING_FITS, 0);
        return database.withConnection(connection -> connection.begin().chain(transaction -> connection.preparedQuery(FREE_SITTINGS)
                .execute(freeSittingsOf(List.of(nobody)))
                .chain(() -> connection.preparedQuery(LOCK_SLOT).execute(Tuple.of(utc(Instant.EPOCH))))
                .chain(() -> connection.preparedQuery(RECORD_TOGETHER).execute(recordTogether(Instant.EPOCH, List.of(), List.of(), List.of())))
                .eventually(transaction::rollback)))
                .replaceWithVoid();
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
