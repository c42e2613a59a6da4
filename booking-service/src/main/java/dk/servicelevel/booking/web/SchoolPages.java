package dk.servicelevel.booking.web;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dk.servicelevel.api.Refusals;
import dk.servicelevel.api.Roles;
import dk.servicelevel.api.web.Page;
import dk.servicelevel.api.web.PageLanguage;
import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.booking.booking.BookedSittingRepository;
import dk.servicelevel.booking.booking.Booking;
import dk.servicelevel.booking.booking.BookingLedger;
import dk.servicelevel.booking.booking.BookingRequest;
import dk.servicelevel.booking.booking.TermOfSlot;
import dk.servicelevel.booking.catalogue.NationalTest;
import dk.servicelevel.booking.catalogue.NationalTestRepository;
import dk.servicelevel.booking.schoolclass.ClassRegister;
import dk.servicelevel.booking.schoolclass.ClassRoster;
import dk.servicelevel.booking.schoolyear.SchoolCalendar;
import dk.servicelevel.booking.slot.SlotBoard;
import dk.servicelevel.booking.slot.SlotView;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * A school's pages: the week's slots of a test with the seats left, booking a class, and the school's bookings with
 * moving and cancelling. The rules are the API's (the ledger's); a refusal is shown with its reason.
 */
@Path("/skole")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SCHOOL)
public class SchoolPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int SCHOOL_DAYS = 5;
    private static final int OK = 200;
    private static final int CONFLICT = 409;

    /** Whether a slot can be booked: open, full, or begun already. */
    public enum SlotState {
        OPEN,
        FULL,
        BEGUN
    }

    /** A slot as the page shows it, with the school's classes already booked in it. */
    public record SlotRow(String id, String start, String time, long left, long capacity, SlotState state, List<String> ours) {

        public boolean open() {
            return state == SlotState.OPEN;
        }
    }

    /** A day of the week; no slots and the reason when it is no school day. */
    public record DayRow(LocalDate date, String label, List<SlotRow> slots, SchoolCalendar.DayOff dayOff) {
    }

    /** What the booking form holds: nothing chosen at first, the reader's choice after a refusal. */
    public record Choice(Long classId, String slotStart) {

        static final Choice NONE = new Choice(null, null);
    }

    /** The week of a test. */
    /** A class some of whose pupils have no sitting of the week's test left in its term: a booking of them is refused. */
    public record UsedUp(String className, long pupils, int classSize) {
    }

    public record Week(String test, List<TestOption> tests, TestWindow window, LocalDate monday, int weekNumber, int year,
            List<DayRow> days, List<ClassRoster> classes, List<UsedUp> usedUp, LocalDate previous, LocalDate next, Choice choice,
            BookingRow moving) {
    }

    /** A test of the catalogue as the reader names it: its subject in their language and its grade. */
    public record TestOption(String code, String name) {

        static TestOption of(NationalTest test, Locale locale) {
            return new TestOption(test.code, Refusal.texts(locale).testName(test.subjectIn(locale.getLanguage()), test.grade, test.code));
        }
    }

    /** The weeks the test plan sets for the chosen test, and whether the week shown lies outside them. */
    public record TestWindow(LocalDate opens, String from, String to, boolean outside) {

        static TestWindow of(NationalTest test, LocalDate monday, Locale locale) {
            if (test == null || test.windowOpens == null) {
                return null;
            }
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            return new TestWindow(test.windowOpens, day.format(test.windowOpens), day.format(test.windowCloses),
                    test.windowMisses(monday, monday.plusDays(SCHOOL_DAYS - 1)));
        }
    }

    /** A class that has a booking of the test already, shown before it is booked a second time. */
    public record BookedBefore(String className, String when) {
    }

    /** A booking as the page lists it. */
    public record BookingRow(long id, String when, LocalDate day, String test, String testName, String className, int seats,
            long version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance week(Week week, String error, BookedBefore bookedBefore);

        static native TemplateInstance bookings(List<BookingRow> bookings, String notice, String error);

        static native TemplateInstance cancel(BookingRow booking);
    }

    private final BookingLedger ledger;
    private final SlotBoard slots;
    private final ClassRegister classes;
    private final BookedSittingRepository sittings;
    private final NationalTestRepository tests;
    private final JsonWebToken token;
    private final Clock clock;

    SchoolPages(BookingLedger ledger, SlotBoard slots, ClassRegister classes, BookedSittingRepository sittings, NationalTestRepository tests,
            JsonWebToken token, Clock clock) {
        this.ledger = ledger;
        this.slots = slots;
        this.classes = classes;
        this.sittings = sittings;
        this.tests = tests;
        this.token = token;
        this.clock = clock;
    }

    @GET
    @WithSession
    public Uni<Response> week(@QueryParam("test") String test, @QueryParam("date") String date, @QueryParam("flyt") Long moving,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        return moving(moving, locale).chain(booking -> week(booking.map(BookingRow::test).orElse(test), parseDate(date), locale,
                Choice.NONE, booking.orElse(null))).map(week -> Page.render(Templates.week(week, null, null), locale, OK));
    }

    /** The booking being moved, when the week is shown to pick its new slot. */
    private Uni<Optional<BookingRow>> moving(Long id, Locale locale) {
        return id == null ? Uni.createFrom().item(Optional.empty())
                : rows(locale).map(rows -> Optional.of(rows.stream().filter(row -> row.id() == id).findFirst()
                        .orElseThrow(NotFoundException::new)));
    }

    @POST
    @Path("bookinger")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> book(@FormParam("test") String test, @FormParam("classId") Long classId, @FormParam("slotStart") String slotStart,
            @FormParam("date") String date, @FormParam("again") @DefaultValue("false") boolean again, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        Choice choice = new Choice(classId, slotStart);
        Optional<Instant> chosen = slotStart(slotStart);
        if (chosen.isEmpty() || classId == null) {
            return refusedBooking(test, parseDate(date), choice, locale, Refusal.ofForm(Refusal.texts(locale).chooseSlotAndClass()));
        }
        Instant start = chosen.get();
        LocalDate day = start.atZone(slots.zone()).toLocalDate();
        return bookedBefore(test, classId, locale).chain(before -> before.isPresent() && !again
                ? Panache.withSession(() -> week(test, day, locale, choice))
                        .map(week -> Page.render(Templates.week(week, null, before.get()), locale, CONFLICT))
                : ledger.book(caller(), new BookingRequest(test, classId, start.atZone(slots.zone()).toOffsetDateTime(), List.of()))
                        .map(booking -> Response.seeOther(URI.create("/skole/bookinger?notice=booked")).build())
                        .onFailure(Refusals::isRefusal)
                        .recoverWithUni(failure -> refusedBooking(test, day, choice, locale, Refusal.of(failure, locale))));
    }

    /** The class's coming booking of the test, if it has one: booking it again is asked about first. */
    private Uni<Optional<BookedBefore>> bookedBefore(String test, long classId, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        String school = caller().schoolId().orElseThrow();
        return Panache.withSession(() -> ledger.of(caller(), null, clock.instant(), null)
                .chain(found -> classes.of(school).map(schoolClasses -> found.stream()
                        .filter(b -> b.classId == classId && b.testCode.equals(test)).findFirst()
                        .map(b -> new BookedBefore(schoolClasses.stream().filter(c -> c.id() == classId).map(ClassRoster::name)
                                .findFirst().orElse("#" + classId), when.format(b.slotStart.atZone(slots.zone())))))));
    }

    @GET
    @Path("bookinger")
    @WithSession
    public Uni<Response> bookings(@QueryParam("notice") String notice, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        return rows(locale).map(rows -> Page.render(Templates.bookings(rows, notice, null), locale, OK));
    }

    @GET
    @Path("bookinger/{id}/aflys")
    @WithSession
    public Uni<Response> cancelling(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(lang, headers);
        return rows(locale).map(rows -> rows.stream().filter(row -> row.id() == id).findFirst().orElseThrow(NotFoundException::new))
                .map(row -> Page.render(Templates.cancel(row), locale, OK));
    }

    @POST
    @Path("bookinger/{id}/aflys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> cancel(@PathParam("id") long id, @FormParam("version") long version, @Context HttpHeaders headers) {
        return changed(ledger.cancel(caller(), id, version), "cancelled", PageLanguage.of(null, headers));
    }

    @POST
    @Path("bookinger/{id}/flyt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> move(@PathParam("id") long id, @FormParam("version") long version, @FormParam("slotStart") String slotStart,
            @Context HttpHeaders headers) {
        Locale locale = PageLanguage.of(null, headers);
        Optional<Instant> chosen = slotStart(slotStart).or(() -> localSlotStart(slotStart));
        if (chosen.isEmpty()) {
            return refusedChange(locale, Refusal.ofForm(Refusal.texts(locale).giveNewSlot()));
        }
        Instant start = chosen.get();
        return changed(ledger.get(caller(), id).chain(booking -> ledger.move(caller(), id, version, new BookingRequest(booking.testCode,
                booking.classId, start.atZone(slots.zone()).toOffsetDateTime(), booking.pupils))), "moved", locale);
    }

    private Uni<Response> changed(Uni<Booking> change, String notice, Locale locale) {
        return change.map(done -> Response.seeOther(URI.create("/skole/bookinger?notice=" + notice)).build())
                .onFailure(Refusals::isRefusal).recoverWithUni(failure -> refusedChange(locale, Refusal.of(failure, locale)));
    }

    private Uni<Response> refusedBooking(String test, LocalDate day, Choice choice, Locale locale, Refusal refusal) {
        return Panache.withSession(() -> week(test, day, locale, choice))
                .map(week -> Page.render(Templates.week(week, refusal.reason(), null), locale, refusal.status()));
    }

    private Uni<Response> refusedChange(Locale locale, Refusal refusal) {
        return Panache.withSession(() -> rows(locale))
                .map(rows -> Page.render(Templates.bookings(rows, null, refusal.reason()), locale, refusal.status()));
    }

    private Uni<Week> week(String asked, LocalDate date, Locale locale, Choice choice) {
        return week(asked, date, locale, choice, null);
    }

    private Uni<Week> week(String asked, LocalDate date, Locale locale, Choice choice, BookingRow moving) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Caller caller = caller();
        String school = caller.schoolId().orElseThrow();
        return tests.listAll(Sort.by("grade").and("code")).chain(catalogue -> classes.of(school)
                .chain(schoolClasses -> ours(monday, schoolClasses).chain(ours -> days(monday, locale, ours)).chain(days -> {
                    String test = asked != null ? asked : firstForTheSchool(catalogue, schoolClasses);
                    NationalTest chosen = catalogue.stream().filter(t -> t.code.equals(test)).findFirst().orElse(null);
                    return usedUp(school, test, monday, schoolClasses).map(usedUp -> new Week(test,
                            catalogue.stream().map(t -> TestOption.of(t, locale)).toList(), TestWindow.of(chosen, monday, locale), monday,
                            monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_BASED_YEAR), days, schoolClasses,
                            usedUp, monday.minusWeeks(1), monday.plusWeeks(1), choice, moving));
                })));
    }

    /** The school's classes booked in each slot of the week, by the slot's start. */
    private Uni<Map<Instant, List<String>>> ours(LocalDate monday, List<ClassRoster> schoolClasses) {
        Map<Long, String> names = schoolClasses.stream().collect(Collectors.toMap(ClassRoster::id, ClassRoster::name));
        Instant from = monday.atStartOfDay(slots.zone()).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(slots.zone()).toInstant();
        return ledger.of(caller(), null, from, to).map(found -> found.stream().collect(Collectors.groupingBy(b -> b.slotStart,
                Collectors.mapping(b -> names.getOrDefault(b.classId, "#" + b.classId), Collectors.toList()))));
    }

    /** The classes whose pupils, some of them, have used their sittings of the test in the week's term (seed 002, Krav 5). */
    private Uni<List<UsedUp>> usedUp(String school, String test, LocalDate monday, List<ClassRoster> schoolClasses) {
        return slots.recentTerms(monday).map(terms -> TermOfSlot.of(terms.calendar(), monday))
                .onFailure(RuleViolationException.class).recoverWithItem(Optional.empty())
                .chain(term -> term.isEmpty() ? Uni.createFrom().item(Map.<Long, Long> of()) : sittings.usedUpByClass(school, test, term.get()))
                .map(byClass -> schoolClasses.stream().filter(c -> byClass.containsKey(c.id()))
                        .map(c -> new UsedUp(c.name(), byClass.get(c.id()), c.pupils().size())).toList());
    }

    /** The first test of a grade the school has a class in, else the first of the catalogue. */
    private static String firstForTheSchool(List<NationalTest> catalogue, List<ClassRoster> schoolClasses) {
        return catalogue.stream().filter(test -> schoolClasses.stream().anyMatch(c -> c.grade() == test.grade)).findFirst()
                .or(() -> catalogue.stream().findFirst()).map(test -> test.code).orElse("");
    }

    /** Monday to Friday, one after the other (a reactive session runs one query at a time). */
    private Uni<List<DayRow>> days(LocalDate monday, Locale locale, Map<Instant, List<String>> ours) {
        Uni<List<DayRow>> days = Uni.createFrom().item(new ArrayList<>());
        for (int d = 0; d < SCHOOL_DAYS; d++) {
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

    private Uni<List<BookingRow>> rows(Locale locale) {
        Caller caller = caller();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        return tests.listAll().chain(catalogue -> classes.of(caller.schoolId().orElseThrow()).chain(schoolClasses -> {
            Map<Long, String> names = schoolClasses.stream().collect(Collectors.toMap(ClassRoster::id, ClassRoster::name));
            Map<String, String> testNames = catalogue.stream().collect(Collectors.toMap(t -> t.code, t -> TestOption.of(t, locale).name()));
            return ledger.of(caller, null, clock.instant(), null).map(found -> found.stream().map(b -> new BookingRow(b.id,
                    when.format(b.slotStart.atZone(slots.zone())), b.slotStart.atZone(slots.zone()).toLocalDate(),
                    b.testCode, testNames.getOrDefault(b.testCode, b.testCode), names.getOrDefault(b.classId, "#" + b.classId),
                    b.seats, b.version)).toList());
        }));
    }

    private Caller caller() {
        return Caller.of(token);
    }

    private static Optional<Instant> slotStart(String slotStart) {
        try {
            return Optional.ofNullable(slotStart).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A slot's start as a date-time field writes it, in the slots' zone. */
    private Optional<Instant> localSlotStart(String slotStart) {
        try {
            return Optional.ofNullable(slotStart).map(local -> LocalDateTime.parse(local).atZone(slots.zone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? today() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return today();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(slots.zone()));
    }
}
