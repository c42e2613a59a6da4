package dk.servicelevel.booking.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.api.web.PageNumbers;
import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.booking.booking.BookingLedger;
import dk.servicelevel.booking.catalogue.NationalTestRepository;
import dk.servicelevel.booking.schoolclass.ClassRegister;
import dk.servicelevel.booking.schoolclass.ClassRoster;
import dk.servicelevel.booking.slot.SlotBoard;
import io.smallrye.mutiny.Uni;

/** A school's coming bookings as its pages list them: when, which test and class, how many seats. */
@ApplicationScoped
public class SchoolBookings {

    private final BookingLedger ledger;
    private final ClassRegister classes;
    private final NationalTestRepository tests;
    private final SlotBoard slots;
    private final Clock clock;

    SchoolBookings(BookingLedger ledger, ClassRegister classes, NationalTestRepository tests, SlotBoard slots, Clock clock) {
        this.ledger = ledger;
        this.classes = classes;
        this.tests = tests;
        this.slots = slots;
        this.clock = clock;
    }

    /** The school's bookings of slots still to come, in the reader's words. */
    public Uni<List<BookingRow>> coming(Caller caller, Locale locale) {
        return tests.listAll().chain(catalogue -> classes.of(caller.schoolId().orElseThrow()).chain(schoolClasses -> {
            Map<Long, String> names = classNames(schoolClasses);
            Map<String, String> testNames = catalogue.stream()
                    .collect(Collectors.toMap(t -> t.code, t -> WeekView.TestOption.of(t, locale).name()));
            return ledger.of(caller, null, clock.instant(), null).map(found -> found.stream().map(b -> new BookingRow(b.id,
                    PageNumbers.writtenIn(b.slotStart, slots.zone(), locale), b.slotStart.atZone(slots.zone()).toLocalDate(),
                    b.testCode, testNames.getOrDefault(b.testCode, b.testCode), names.getOrDefault(b.classId, "#" + b.classId),
                    b.seats, b.version)).toList());
        }));
    }

    /** The class's coming booking of the test, if it has one: booking it again is asked about first. */
    public Uni<Optional<BookedBefore>> of(Caller caller, String test, long classId, Locale locale) {
        return ledger.of(caller, null, clock.instant(), null).chain(found -> classes.of(caller.schoolId().orElseThrow())
                .map(schoolClasses -> found.stream().filter(b -> b.classId == classId && b.testCode.equals(test)).findFirst()
                        .map(b -> new BookedBefore(classNames(schoolClasses).getOrDefault(classId, "#" + classId),
                                PageNumbers.writtenIn(b.slotStart, slots.zone(), locale)))));
    }

    static Map<Long, String> classNames(List<ClassRoster> schoolClasses) {
        return schoolClasses.stream().collect(Collectors.toMap(ClassRoster::id, ClassRoster::name));
    }
}
