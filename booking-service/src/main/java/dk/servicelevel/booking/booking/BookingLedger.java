package dk.servicelevel.booking.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import dk.servicelevel.api.EntityVersion;
import dk.servicelevel.api.RuleViolationException;
import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.booking.catalogue.NationalTestRepository;
import dk.servicelevel.booking.schoolclass.ClassRegister;
import dk.servicelevel.booking.schoolclass.ClassResponse;
import dk.servicelevel.booking.slot.SlotBoard;
import dk.servicelevel.booking.slot.SlotUsage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The schools' bookings of slots: made, moved and cancelled without ever overbooking a slot. */
@ApplicationScoped
public class BookingLedger {

    private final BookingRepository bookings;
    private final ClassRegister classes;
    private final NationalTestRepository tests;
    private final SlotBoard slots;
    private final SlotUsage usage;
    private final Clock clock;

    BookingLedger(BookingRepository bookings, ClassRegister classes, NationalTestRepository tests, SlotBoard slots,
            SlotUsage usage, Clock clock) {
        this.bookings = bookings;
        this.classes = classes;
        this.tests = tests;
        this.slots = slots;
        this.usage = usage;
        this.clock = clock;
    }

    /** What a valid request books: the class, its school and the seats. */
    private record Seats(ClassResponse schoolClass, List<String> pupils, int count, long capacity) {
    }

    @WithTransaction
    public Uni<Booking> book(Caller caller, BookingRequest request) {
        return check(caller, request).chain(seats -> reserve(request, seats).map(ignored -> {
            Booking booking = new Booking();
            booking.institutionNumber = seats.schoolClass().institutionNumber();
            booking.createdAt = clock.instant();
            booking.createdBy = caller.subject();
            booking.state = BookingState.ACTIVE;
            apply(booking, request, seats);
            return booking;
        })).chain(bookings::persist);
    }

    @WithTransaction
    public Uni<Booking> move(Caller caller, long id, long expectedVersion, BookingRequest request) {
        return activeOwn(caller, id, expectedVersion)
                .call(booking -> usage.release(booking.slotStart, booking.seats))
                .chain(booking -> check(caller, request).chain(seats -> {
                    if (!seats.schoolClass().institutionNumber().equals(booking.institutionNumber)) {
                        throw new BookingRefusedException(BookingRefusal.CLASS_OF_ANOTHER_SCHOOL);
                    }
                    return reserve(request, seats).invoke(() -> apply(booking, request, seats)).replaceWith(booking);
                }))
                .call(bookings::flush);
    }

    @WithTransaction
    public Uni<Booking> cancel(Caller caller, long id, long expectedVersion) {
        return activeOwn(caller, id, expectedVersion)
                .invoke(booking -> {
                    booking.state = BookingState.CANCELLED;
                    booking.cancelledAt = clock.instant();
                })
                .call(booking -> usage.release(booking.slotStart, booking.seats))
                .call(bookings::flush);
    }

    @WithSession
    public Uni<Booking> get(Caller caller, long id) {
        return bookings.findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundException("No booking has the id " + id))
                .invoke(booking -> caller.checkMayAccess(booking.institutionNumber));
    }

    @WithSession
    public Uni<List<Booking>> of(Caller caller, String institutionNumber, Instant from, Instant to) {
        if (institutionNumber != null) {
            caller.checkMayAccess(institutionNumber);
        }
        String school = institutionNumber != null ? institutionNumber : caller.schoolId().orElse(null);
        StringBuilder query = new StringBuilder("state = :active");
        Parameters parameters = Parameters.with("active", BookingState.ACTIVE);
        if (school != null) {
            query.append(" and institutionNumber = :school");
            parameters = parameters.and("school", school);
        }
        if (from != null) {
            query.append(" and slotStart >= :from");
            parameters = parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and slotStart < :to");
            parameters = parameters.and("to", to);
        }
        return bookings.list(query.toString(), Sort.by("slotStart").and("id"), parameters);
    }

    private Uni<Booking> activeOwn(Caller caller, long id, long expectedVersion) {
        return get(caller, id).invoke(booking -> {
            EntityVersion.check("The booking " + id, booking.version, expectedVersion);
            if (booking.state != BookingState.ACTIVE) {
                throw new BookingRefusedException(BookingRefusal.BOOKING_CANCELLED);
            }
            if (!booking.slotStart.isAfter(clock.instant())) {
                throw new BookingRefusedException(BookingRefusal.BOOKED_SLOT_BEGUN);
            }
        });
    }

    private Uni<Seats> check(Caller caller, BookingRequest request) {
        Instant slotStart = request.slotStart().toInstant();
        return classes.get(request.classId())
                .onFailure(NotFoundException.class).transform(e -> new BookingRefusedException(BookingRefusal.NOT_A_CLASS))
                .invoke(schoolClass -> caller.checkMayAccess(schoolClass.institutionNumber()))
                .call(schoolClass -> tests.findById(request.test()).invoke(test -> {
                    if (test == null) {
                        throw new BookingRefusedException(BookingRefusal.NOT_IN_THE_CATALOGUE);
                    }
                    if (test.grade != schoolClass.grade()) {
                        throw new BookingRefusedException(BookingRefusal.TEST_OF_ANOTHER_GRADE, test.grade, schoolClass.grade());
                    }
                }))
                .chain(schoolClass -> slots.terms(slots.dateOf(slotStart))
                        .onFailure(RuleViolationException.class)
                        .transform(e -> new BookingRefusedException(BookingRefusal.NO_SLOTS_THAT_DAY, slots.dateOf(slotStart), e.getMessage()))
                        .map(terms -> {
                            if (slots.slotStartingAt(slotStart, terms).isEmpty()) {
                                throw new BookingRefusedException(BookingRefusal.NOT_A_SLOT);
                            }
                            if (!slotStart.isAfter(clock.instant())) {
                                throw new BookingRefusedException(BookingRefusal.SLOT_BEGUN);
                            }
                            return new Seats(schoolClass, request.pupilsOrEmpty(), seatCount(schoolClass, request), terms.capacity());
                        }));
    }

    private static int seatCount(ClassResponse schoolClass, BookingRequest request) {
        List<String> pupils = request.pupilsOrEmpty();
        if (pupils.isEmpty()) {
            if (schoolClass.pupils().isEmpty()) {
                throw new BookingRefusedException(BookingRefusal.CLASS_WITHOUT_PUPILS);
            }
            return schoolClass.pupils().size();
        }
        if (new HashSet<>(pupils).size() != pupils.size() || !schoolClass.pupils().containsAll(pupils)) {
            throw new BookingRefusedException(BookingRefusal.PUPILS_NOT_OF_THE_CLASS);
        }
        return pupils.size();
    }

    private Uni<Void> reserve(BookingRequest request, Seats seats) {
        Instant slotStart = request.slotStart().toInstant();
        return usage.reserve(slotStart, seats.count(), seats.capacity()).chain(reserved -> reserved ? Uni.createFrom().voidItem()
                : usage.booked(List.of(slotStart)).map(booked -> {
                    long left = Math.max(0, seats.capacity() - booked.getOrDefault(slotStart, 0));
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
