package dk.servicelevel.booking.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.booking.booking.Booking;
import dk.servicelevel.booking.booking.BookingRepository;
import dk.servicelevel.booking.catalogue.NationalTestRepository;
import dk.servicelevel.booking.schoolclass.Pupil;
import dk.servicelevel.booking.schoolclass.PupilRepository;
import dk.servicelevel.booking.schoolyear.SchoolCalendar.Term;
import dk.servicelevel.booking.schoolyear.SchoolCalendar;
import dk.servicelevel.booking.schoolyear.SittingLimit;
import dk.servicelevel.booking.slot.SlotBoard.SlotTerms;
import dk.servicelevel.booking.slot.SlotBoard;
import dk.servicelevel.booking.slot.SlotPlan.Slot;
import dk.servicelevel.booking.slot.SlotUsageRepository;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Sittings of tests: each starts in the running slot as GUARANTEED when the pupil's booking covers it, as BEST_EFFORT
 * when capacity no booking holds is left, and is refused with 429 otherwise; never beyond the pupil's limits.
 */
@ApplicationScoped
public class TestSessions {

    private final TestSessionRepository sessions;
    private final IllnessRepository illnesses;
    private final PupilRepository pupils;
    private final NationalTestRepository tests;
    private final BookingRepository bookings;
    private final SlotBoard slots;
    private final SlotUsageRepository usage;
    private final SessionFactsCache facts;
    private final SessionEventJournal journal;
    private final Clock clock;

    TestSessions(TestSessionRepository sessions, SessionFactsCache facts, SessionEventJournal journal, IllnessRepository illnesses,
            PupilRepository pupils, NationalTestRepository tests, BookingRepository bookings, SlotBoard slots,
            SlotUsageRepository usage, Clock clock) {
        this.sessions = sessions;
        this.facts = facts;
        this.journal = journal;
        this.illnesses = illnesses;
        this.pupils = pupils;
        this.tests = tests;
        this.bookings = bookings;
        this.slots = slots;
        this.usage = usage;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TestSession> start(Caller caller, SessionRequest request) {
        Instant now = clock.instant();
        LocalDate today = slots.dateOf(now);
        // the pupil's row is locked, so two sittings started at once are counted one after the other
        return pupils.findById(request.pupil(), LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new RuleViolationException("pupil", "is not a registered pupil"))
                .invoke(pupil -> caller.checkMayAccess(pupil.institutionNumber))
                .call(() -> tests.findById(request.test())
                        .onItem().ifNull().failWith(() -> new RuleViolationException("test", "is not in the test catalogue")))
                .chain(pupil -> slots.terms(today).chain(terms -> {
                    Slot slot = terms.plan().slotAt(now, terms.calendar())
                            .orElseThrow(() -> new RuleViolationException("startedAt",
                                    "No test slot is running now: tests run in the slots of school days"));
                    return checkLimit(pupil, request.test(), terms.calendar(), today)
                            .chain(() -> coveringBooking(pupil, request.test(), slot))
                            .chain(booking -> booking != null ? Uni.createFrom().item(session(pupil, request, slot, UserClass.GUARANTEED, booking.id, now))
                                    : unbooked(pupil, request, slot, terms, now));
                }))
                .chain(sessions::persist)
                .invoke(facts::remember);
    }

    /** Ends a running session; the same end sent again with its key answers the session as it ended then. */
    @WithTransaction
    public Uni<TestSession> end(Caller caller, long id, SessionState outcome, String key) {
        if (outcome == SessionState.STARTED) {
            return Uni.createFrom().failure(new RuleViolationException("outcome", "must be COMPLETED or ABORTED"));
        }
        return get(caller, id).chain(session -> {
            if (key != null && key.equals(session.endKey)) {
                return Uni.createFrom().item(session);
            }
            checkRunning(session);
            session.state = outcome;
            session.endedAt = clock.instant();
            session.endKey = key;
            return sessions.flush().replaceWith(session);
        });
    }

    /**
     * A click: no Hibernate session and no read of the session row (its school and class are known in memory), written
     * with others in one transaction; answered once committed.
     */
    public Uni<Void> record(Caller caller, long id, SessionEvent.Kind kind, Arrival arrival, String key) {
        return facts.of(id)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No test session has the id " + id))
                .invoke(session -> caller.checkMayAccess(session.institutionNumber()))
                .chain(session -> journal.record(session, kind, arrival, key))
                .invoke(recorded -> {
                    if (!recorded) {
                        throw new RuleViolationException("state", "The session has ended");
                    }
                })
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Illness> registerIllness(Caller caller, String pupil, String test) {
        return pupils.findById(pupil)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No pupil has the id " + pupil))
                .invoke(found -> caller.checkMayAccess(found.institutionNumber))
                .call(() -> tests.findById(test)
                        .onItem().ifNull().failWith(() -> new RuleViolationException("test", "is not in the test catalogue")))
                .chain(found -> {
                    Illness illness = new Illness();
                    illness.pupil = pupil;
                    illness.testCode = test;
                    illness.registeredOn = slots.dateOf(clock.instant());
                    illness.registeredBy = caller.subject();
                    return illnesses.persist(illness);
                });
    }

    @WithSession
    public Uni<TestSession> get(Caller caller, long id) {
        return sessions.findById(id)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No test session has the id " + id))
                .invoke(session -> caller.checkMayAccess(session.institutionNumber));
    }

    private static void checkRunning(TestSession session) {
        if (session.state != SessionState.STARTED) {
            throw new RuleViolationException("state", "The session has ended (" + session.state + ")");
        }
    }

    private Uni<Void> checkLimit(Pupil pupil, String test, SchoolCalendar calendar, LocalDate today) {
        Term term = calendar.termOf(today).orElseThrow();
        SchoolCalendar.Span span = calendar.span(term);
        Instant from = span.from().atStartOfDay(slots.zone()).toInstant();
        Instant until = span.until().atStartOfDay(slots.zone()).toInstant();
        return sessions.sittings(pupil.pseudonym, test, from, until)
                .chain(sittings -> illnesses.registered(pupil.pseudonym, test, span.from(), span.until())
                        .invoke(ill -> {
                            SittingLimit limit = new SittingLimit(term, sittings, ill);
                            if (!limit.permitsAnother()) {
                                throw new RuleViolationException("pupil", limit.refusal());
                            }
                        }))
                .replaceWithVoid();
    }

    /** The active booking of the slot for this test that holds the pupil: the whole class, or the pupil named. */
    private Uni<Booking> coveringBooking(Pupil pupil, String test, Slot slot) {
        return bookings.activeOfClass(pupil.classId, test, slot.start())
                .map(found -> found.stream()
                        .filter(booking -> booking.pupils.isEmpty() || booking.pupils.contains(pupil.pseudonym))
                        .findFirst().orElse(null));
    }

    private Uni<TestSession> unbooked(Pupil pupil, SessionRequest request, Slot slot, SlotTerms terms, Instant now) {
        return usage.takeUnbooked(slot.start(), terms.capacity()).map(taken -> {
            if (!taken) {
                throw new NoCapacityLeftException(Duration.between(now, slot.end()));
            }
            return session(pupil, request, slot, UserClass.BEST_EFFORT, null, now);
        });
    }

    private static TestSession session(Pupil pupil, SessionRequest request, Slot slot, UserClass userClass, Long bookingId,
            Instant now) {
        TestSession session = new TestSession();
        session.pupil = pupil.pseudonym;
        session.testCode = request.test();
        session.institutionNumber = pupil.institutionNumber;
        session.slotStart = slot.start();
        session.userClass = userClass;
        session.bookingId = bookingId;
        session.state = SessionState.STARTED;
        session.startedAt = now;
        return session;
    }
}
