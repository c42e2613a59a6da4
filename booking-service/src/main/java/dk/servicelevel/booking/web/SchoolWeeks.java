package dk.servicelevel.booking.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.booking.booking.BookedSittingRepository;
import dk.servicelevel.booking.booking.BookingLedger;
import dk.servicelevel.booking.booking.TermOfSlot;
import dk.servicelevel.booking.catalogue.NationalTest;
import dk.servicelevel.booking.catalogue.NationalTestRepository;
import dk.servicelevel.booking.schoolclass.ClassRegister;
import dk.servicelevel.booking.schoolclass.ClassRoster;
import dk.servicelevel.booking.slot.SlotBoard;
import dk.servicelevel.booking.slot.SlotView;
import dk.servicelevel.booking.web.WeekView.Choice;
import dk.servicelevel.booking.web.WeekView.DayRow;
import dk.servicelevel.booking.web.WeekView.SlotRow;
import dk.servicelevel.booking.web.WeekView.SlotState;
import dk.servicelevel.booking.web.WeekView.TestOption;
import dk.servicelevel.booking.web.WeekView.TestWindow;
import dk.servicelevel.booking.web.WeekView.UsedUp;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The week of a test as a school sees it, made from the slot board, the school's classes and its bookings. */
@ApplicationScoped
public class SchoolWeeks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SlotBoard slots;
    private final BookingLedger ledger;
    private final ClassRegister classes;
    private final NationalTestRepository tests;
    private final BookedSittingRepository sittings;
    private final Clock clock;

    SchoolWeeks(SlotBoard slots, BookingLedger ledger, ClassRegister classes, NationalTestRepository tests,
            BookedSittingRepository sittings, Clock clock) {
        this.slots = slots;
        this.ledger = ledger;
        this.classes = classes;
        this.tests = tests;
        this.sittings = sittings;
        this.clock = clock;
    }

    /** The week the day falls in, of the test asked for (none: the first of a grade the school has a class in). */
    public Uni<WeekView> of(Caller caller, String asked, LocalDate date, Locale locale, Choice choice, BookingRow moving) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String school = caller.schoolId().orElseThrow();
        return tests.listAll(Sort.by("grade").and("code")).chain(catalogue -> classes.of(school)
                .chain(schoolClasses -> ours(caller, monday, schoolClasses).chain(ours -> days(monday, locale, ours)).chain(days -> {
                    String test = asked != null ? asked : firstForTheSchool(catalogue, schoolClasses);
                    NationalTest chosen = catalogue.stream().filter(t -> t.code.equals(test)).findFirst().orElse(null);
                    List<ClassRoster> ofTheGrade = schoolClasses.stream().filter(c -> chosen == null || c.grade() == chosen.grade).toList();
                    return usedUp(school, test, monday, schoolClasses, moving).map(usedUp -> new WeekView(test,
                            catalogue.stream().map(t -> TestOption.of(t, locale)).toList(), TestWindow.of(chosen, monday, locale), monday,
                            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_BASED_YEAR), days, ofTheGrade,
                            usedUp, monday.minusWeeks(1), monday.plusWeeks(1), choice, moving));
                })));
    }

    /** The day a page's date names; today when it names none or cannot be read. */
    public LocalDate dayAsked(String date) {
        try {
            return date == null || date.isBlank() ? today() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return today();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(slots.zone()));
    }

    /** The school's classes booked in each slot of the week, by the slot's start. */
    private Uni<Map<Instant, List<String>>> ours(Caller caller, LocalDate monday, List<ClassRoster> schoolClasses) {
        Map<Long, String> names = SchoolBookings.classNames(schoolClasses);
        Instant from = monday.atStartOfDay(slots.zone()).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(slots.zone()).toInstant();
        return ledger.of(caller, null, from, to).map(found -> found.stream().collect(Collectors.groupingBy(b -> b.slotStart,
                Collectors.mapping(b -> names.getOrDefault(b.classId, "#" + b.classId), Collectors.toList()))));
    }

    /**
     * The classes whose pupils, some of them, have used their sittings of the test in the week's term (seed 002, Krav
     * 5). A booking moved within its term carries its sittings along, so its class is not warned about.
     */
    private Uni<List<UsedUp>> usedUp(String school, String test, LocalDate monday, List<ClassRoster> schoolClasses, BookingRow moving) {
        return slots.recentTerms(monday).map(terms -> TermOfSlot.of(terms.calendar(), monday, slots.zone())
                        .map(term -> new TermMoving(term, moving != null && TermOfSlot.of(terms.calendar(), moving.day(), slots.zone())
                                .filter(itsTerm -> itsTerm.span().equals(term.span())).isPresent())))
                .onFailure(RuleViolationException.class).recoverWithItem(Optional.empty())
                .chain(term -> term.isEmpty() ? Uni.createFrom().item(Map.<Long, Long> of())
                        : sittings.usedUpByClass(school, test, term.get().term())
                                .map(byClass -> term.get().withinItsTerm() ? without(byClass, moving, schoolClasses) : byClass))
                .map(byClass -> schoolClasses.stream().filter(c -> byClass.containsKey(c.id()))
                        .map(c -> new UsedUp(c.name(), byClass.get(c.id()), c.pupils().size())).toList());
    }

    /** The week's term, and whether a booking being moved is moved within it. */
    private record TermMoving(TermOfSlot term, boolean withinItsTerm) {
    }

    private static Map<Long, Long> without(Map<Long, Long> byClass, BookingRow moving, List<ClassRoster> schoolClasses) {
        Map<Long, Long> others = new HashMap<>(byClass);
        schoolClasses.stream().filter(c -> c.name().equals(moving.className())).forEach(c -> others.remove(c.id()));
        return others;
    }

    /** The first test of a grade the school has a class in, else the first of the catalogue. */
    private static String firstForTheSchool(List<NationalTest> catalogue, List<ClassRoster> schoolClasses) {
        return catalogue.stream().filter(test -> schoolClasses.stream().anyMatch(c -> c.grade() == test.grade)).findFirst()
                .or(() -> catalogue.stream().findFirst()).map(test -> test.code).orElse("");
    }

    /** Monday to Friday, one after the other (a reactive session runs one query at a time). */
    private Uni<List<DayRow>> days(LocalDate monday, Locale locale, Map<Instant, List<String>> ours) {
        Uni<List<DayRow>> days = Uni.createFrom().item(new ArrayList<>());
        for (int d = 0; d < WeekView.SCHOOL_DAYS; d++) {
            LocalDate date = monday.plusDays(d);
            String label = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
            days = days.chain(found -> slots.dayOff(date).chain(off -> off.isPresent()
                    ? Uni.createFrom().item(new DayRow(date, label, List.of(), off.get()))
                    : slots.day(date).onFailure(RuleViolationException.class).recoverWithItem(List.of())
                            .map(views -> new DayRow(date, label, views.stream().map(view -> row(view, ours)).toList(), null)))
                    .map(day -> {
                        found.add(day);
                        return found;
                    }));
        }
        return days;
    }

    private SlotRow row(SlotView slot, Map<Instant, List<String>> ours) {
        ZoneId zone = slots.zone();
        String time = TIME.format(slot.start().atZone(zone)) + "–" + TIME.format(slot.end().atZone(zone));
        SlotState state = !slot.start().isAfter(clock.instant()) ? SlotState.BEGUN : slot.left() > 0 ? SlotState.OPEN : SlotState.FULL;
        return new SlotRow(slot.start().atZone(zone).toLocalDateTime().toString().replace(':', '-'), slot.start().toString(), time,
                slot.left(), slot.capacity(), state, ours.getOrDefault(slot.start(), List.of()));
    }
}
