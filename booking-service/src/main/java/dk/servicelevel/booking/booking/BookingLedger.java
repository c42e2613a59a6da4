package dk.servicelevel.booking.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.booking.slot.SlotBoard.SlotTerms;
import dk.servicelevel.booking.slot.SlotBoard;
import dk.servicelevel.booking.slot.SlotUsageRepository;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The schools' bookings of slots: made, moved and cancelled without ever overbooking a slot. */
@ApplicationScoped
public class BookingLedger {

    private final BookingRepository bookings;
    private final SeatReservation reservations;
    private final ReservationQueue queue;
    private final BookedSittingRepository sittings;
    private final SlotBoard slots;
    private final SlotUsageRepository usage;
    private final Clock clock;

    BookingLedger(BookingRepository bookings, SeatReservation reservations, ReservationQueue queue, BookedSittingRepository sittings,
            SlotBoard slots, SlotUsageRepository usage, Clock clock) {
        this.bookings = bookings;
        this.reservations = reservations;
        this.queue = queue;
        this.sittings = sittings;
        this.slots = slots;
        this.usage = usage;
        this.clock = clock;
    }

    /**
     * What a valid request books: the class, the pupils named (none: the whole class), the pupils it books and the
     * seats, and the terms of the slot's day and the term of the slot they were checked against.
     */
    private record Seats(ClassToBook schoolClass, List<String> pupils, List<String> booked, SlotTerms terms, TermOfSlot term) {

        int count() {
            return booked.size();
        }
    }

    /**
     * Books in two round trips: the class read, the seats and the pupils' sittings reserved and the booking recorded in
     * one statement (with the bookings of the slot waiting beside it, ReservationQueue), against the day's terms as recently read; if the capacity model changed since, or another booking
     * took one of the pupils' sittings meanwhile, once more against the terms as they are.
     */
    public Uni<Booking> book(Caller caller, BookingRequest request) {
        return book(caller, request, slots::recentTerms)
                .onFailure(e -> e instanceof CapacityModelChanged || SeatReservation.isSittingTakenMeanwhile(e))
                .recoverWithUni(() -> book(caller, request, slots::terms))
                .onFailure(CapacityModelChanged.class)
                .transform(e -> new StateConflictException("The capacity model changed while booking; book again"))
                .onFailure(SeatReservation::isSittingTakenMeanwhile)
                .transform(e -> sittingTakenMeanwhile())
                .onFailure(SeatReservation::isSecondBookingOfASlot)
                .recoverWithUni(() -> reservations.alreadyBooked(request.classId(), request.slotStart().toInstant()));
    }

    private Uni<Booking> book(Caller caller, BookingRequest request, Function<LocalDate, Uni<SlotTerms>> termsOf) {
        return check(caller, request, termsOf).chain(seats -> {
            Booking booking = new Booking();
            booking.institutionNumber = seats.schoolClass().institutionNumber();
            booking.createdAt = clock.instant();
            booking.createdBy = caller.subject();
            booking.state = BookingState.ACTIVE;
            apply(booking, request, seats);
            return queue.reserve(new SeatReservation.Reservation(booking, seats.booked(), seats.term(), seats.terms().capacity(),
                    seats.terms().modelVersion()))
                    .chain(outcome -> {
                        if (outcome.recorded()) {
                            booking.id = outcome.bookingId();
                            return Uni.createFrom().item(booking);
                        }
                        if (!outcome.withoutSitting().isEmpty()) {
                            return reservations.noSittingLeft(booking, outcome.withoutSitting(), seats.term());
                        }
                        if (outcome.modelVersion() != seats.terms().modelVersion()) {
                            throw new CapacityModelChanged();
                        }
                        throw new SlotFullException(Math.max(0, seats.terms().capacity() - outcome.taken()), seats.count());
                    });
        });
    }

    private static StateConflictException sittingTakenMeanwhile() {
        return new StateConflictException("Another booking took a sitting of one of the pupils meanwhile; book again");
    }

    /** Some of the pupils of a moved booking have no sitting of the test left in the new slot's term. */
    private static final class NoSittingLeft extends RuntimeException {

        private final int pupils;

        NoSittingLeft(int pupils) {
            super(null, null, false, false);
            this.pupils = pupils;
        }
    }

    /** The capacity model changed between reading a day's terms and reserving seats against them. */
    private static final class CapacityModelChanged extends RuntimeException {

        CapacityModelChanged() {
            super(null, null, false, false);
        }
    }

    /**
     * Checks the new class, test and slot first, then gives the seats and sittings back and takes them again in one
     * transaction.
     */
    public Uni<Booking> move(Caller caller, long id, long expectedVersion, BookingRequest request) {
        return check(caller, request, slots::terms).chain(seats -> Panache.withTransaction(() -> activeOwn(caller, id, expectedVersion)
                .invoke(booking -> {
                    if (!seats.schoolClass().institutionNumber().equals(booking.institutionNumber)) {
                        throw new BookingRefusedException(BookingRefusal.CLASS_OF_ANOTHER_SCHOOL);
                    }
                })
                .call(booking -> usage.release(booking.slotStart, booking.seats))
                .call(booking -> sittings.release(booking.id))
                .call(() -> reserve(request, seats))
                .invoke(booking -> apply(booking, request, seats))
                .call(bookings::flush)
                .call(booking -> holdSittings(booking.id, request.test(), seats)))
                .onFailure(NoSittingLeft.class)
                .recoverWithUni(e -> reservations.sittingsUsed(((NoSittingLeft) e).pupils, seats.booked(), request.test(), seats.term())))
                .onFailure(SeatReservation::isSittingTakenMeanwhile)
                .transform(e -> sittingTakenMeanwhile())
                .onFailure(SeatReservation::isSecondBookingOfASlot)
                .recoverWithUni(() -> reservations.alreadyBooked(request.classId(), request.slotStart().toInstant()));
    }

    private Uni<Integer> holdSittings(long bookingId, String test, Seats seats) {
        return sittings.hold(bookingId, seats.booked(), test, seats.term()).invoke(held -> {
            if (held < seats.count()) {
                throw new NoSittingLeft(seats.count() - held);
            }
        });
    }

    @WithTransaction
    public Uni<Booking> cancel(Caller caller, long id, long expectedVersion) {
        return activeOwn(caller, id, expectedVersion)
                .invoke(booking -> {
                    booking.state = BookingState.CANCELLED;
                    booking.cancelledAt = clock.instant();
                })
                .call(booking -> usage.release(booking.slotStart, booking.seats))
                .call(booking -> sittings.release(booking.id))
                .call(bookings::flush);
    }

    @WithSession
    public Uni<Booking> get(Caller caller, long id) {
        return bookings.findById(id)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No booking has the id " + id))
                .invoke(booking -> caller.checkMayAccess(booking.institutionNumber));
    }

    @WithSession
    public Uni<List<Booking>> of(Caller caller, String institutionNumber, Instant from, Instant to) {
        if (institutionNumber != null) {
            caller.checkMayAccess(institutionNumber);
        }
        String school = institutionNumber != null ? institutionNumber : caller.schoolId().orElse(null);
        return bookings.active(school, from, to);
    }

    private Uni<Booking> activeOwn(Caller caller, long id, long expectedVersion) {
        return get(caller, id).invoke(booking -> {
            StaleVersionException.check("The booking " + id, booking.version, expectedVersion);
            if (booking.state != BookingState.ACTIVE) {
                throw new BookingRefusedException(BookingRefusal.BOOKING_CANCELLED);
            }
            if (!booking.slotStart.isAfter(clock.instant())) {
                throw new BookingRefusedException(BookingRefusal.BOOKED_SLOT_BEGUN);
            }
        });
    }

    private Uni<Seats> check(Caller caller, BookingRequest request, Function<LocalDate, Uni<SlotTerms>> termsOf) {
        Instant slotStart = request.slotStart().toInstant();
        LocalDate day = slots.dateOf(slotStart);
        return reservations.classToBook(request.classId(), request.test())
                .invoke(schoolClass -> checkClassAndTest(caller, schoolClass))
                .chain(schoolClass -> termsOf.apply(day)
                        .onFailure(RuleViolationException.class)
                        .transform(e -> new BookingRefusedException(BookingRefusal.NO_SLOTS_THAT_DAY, day, e.getMessage()))
                        .map(terms -> {
                            if (slots.slotStartingAt(slotStart, terms).isEmpty()) {
                                throw new BookingRefusedException(BookingRefusal.NOT_A_SLOT);
                            }
                            if (!slotStart.isAfter(clock.instant())) {
                                throw new BookingRefusedException(BookingRefusal.SLOT_BEGUN);
                            }
                            return new Seats(schoolClass, request.pupilsOrEmpty(), bookedPupils(schoolClass, request), terms,
                                    TermOfSlot.of(terms.calendar(), day, slots.zone()).orElseThrow());
                        }));
    }

    private static void checkClassAndTest(Caller caller, ClassToBook schoolClass) {
        if (schoolClass == null) {
            throw new BookingRefusedException(BookingRefusal.NOT_A_CLASS);
        }
        caller.checkMayAccess(schoolClass.institutionNumber());
        if (schoolClass.testGrade() == null) {
            throw new BookingRefusedException(BookingRefusal.NOT_IN_THE_CATALOGUE);
        }
        if (schoolClass.testGrade() != schoolClass.grade()) {
            throw new BookingRefusedException(BookingRefusal.TEST_OF_ANOTHER_GRADE, schoolClass.testGrade(), schoolClass.grade());
        }
    }

    /** The pupils named, or the whole class. */
    private static List<String> bookedPupils(ClassToBook schoolClass, BookingRequest request) {
        List<String> pupils = request.pupilsOrEmpty();
        if (pupils.isEmpty()) {
            if (schoolClass.pupils().isEmpty()) {
                throw new BookingRefusedException(BookingRefusal.CLASS_WITHOUT_PUPILS);
            }
            return schoolClass.pupils();
        }
        if (new HashSet<>(pupils).size() != pupils.size() || !schoolClass.pupils().containsAll(pupils)) {
            throw new BookingRefusedException(BookingRefusal.PUPILS_NOT_OF_THE_CLASS);
        }
        return pupils;
    }

    private Uni<Void> reserve(BookingRequest request, Seats seats) {
        Instant slotStart = request.slotStart().toInstant();
        long capacity = seats.terms().capacity();
        return usage.reserve(slotStart, seats.count(), capacity).chain(reserved -> reserved ? Uni.createFrom().voidItem()
                : usage.booked(List.of(slotStart)).map(booked -> {
                    long left = Math.max(0, capacity - booked.getOrDefault(slotStart, 0));
                    throw new SlotFullException(left, seats.count());
                }));
    }

    private static void apply(Booking booking, BookingRequest request, Seats seats) {
        booking.testCode = request.test();
        booking.classId = request.classId();
        booking.slotStart = request.slotStart().toInstant();
        booking.seats = seats.count();
        booking.pupils = seats.pupils();
    }
}
