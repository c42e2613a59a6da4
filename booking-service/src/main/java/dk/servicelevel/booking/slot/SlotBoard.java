package dk.servicelevel.booking.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.booking.capacity.CapacityInputs;
import dk.servicelevel.booking.capacity.CapacityPlanner;
import dk.servicelevel.booking.schoolyear.SchoolCalendar;
import dk.servicelevel.booking.schoolyear.SchoolYears;
import dk.servicelevel.rules.RuleViolationException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** The slots of school days, each with the hourly capacity of the step in force and what is booked of it. */
@ApplicationScoped
public class SlotBoard {

    /**
     * What a slot is booked against: the school year's calendar, the day's plan and a slot's capacity, computed from
     * the capacity model at the version given.
     */
    public record SlotTerms(SchoolCalendar calendar, SlotPlan plan, long capacity, long modelVersion) {
    }

    private final SchoolYears years;
    private final CapacityPlanner capacity;
    private final SlotUsageRepository usage;
    private final SlotConfig config;
    private final Cache<LocalDate, SlotTerms> kept;
    private final Map<LocalDate, Uni<SlotTerms>> reading = new ConcurrentHashMap<>();

    SlotBoard(SchoolYears years, CapacityPlanner capacity, SlotUsageRepository usage, SlotConfig config) {
        this.years = years;
        this.capacity = capacity;
        this.usage = usage;
        this.config = config;
        this.kept = Caffeine.newBuilder().maximumSize(config.termsKept()).expireAfterWrite(config.termsKeptFor()).build();
    }

    @WithSession
    public Uni<List<SlotView>> day(LocalDate date) {
        return terms(date).chain(terms -> {
            List<SlotPlan.Slot> slots = terms.plan().slotsOn(date, terms.calendar());
            if (slots.isEmpty()) {
                return Uni.createFrom().failure(new RuleViolationException("date", date + " is not a school day"));
            }
            return usage.booked(slots.stream().map(SlotPlan.Slot::start).toList()).map(booked -> slots.stream()
                    .map(slot -> view(slot, terms.capacity(), booked.getOrDefault(slot.start(), 0))).toList());
        });
    }

    /** Why the date is no school day (outside every school year included); empty on a school day. */
    public Uni<Optional<SchoolCalendar.DayOff>> dayOff(LocalDate date) {
        return years.calendarOn(date).map(calendar -> calendar.isEmpty() ? Optional.of(SchoolCalendar.DayOff.OUTSIDE_THE_SCHOOL_YEAR)
                : calendar.get().dayOff(date));
    }

    /** The terms of the school day a date falls on; 422 when no school year holds it. */
    @WithSession
    public Uni<SlotTerms> terms(LocalDate date) {
        return years.calendarOn(date).chain(calendar -> calendar.isEmpty()
                ? Uni.createFrom().failure(new RuleViolationException("date", date + " is in no school year"))
                : capacity.model().map(model -> {
                    SlotTerms terms = new SlotTerms(calendar.get(), plan(model.inputs), capacity.stepOf(model).peakHourTests(), model.version);
                    kept.put(date, terms);
                    return terms;
                }));
    }

    /**
     * The terms of a day as read within {@code slots.terms-kept-for}: a booking checks the capacity model's version in
     * the statement that reserves its seats, so it never books against a capacity that has changed.
     */
    public Uni<SlotTerms> recentTerms(LocalDate date) {
        SlotTerms terms = kept.getIfPresent(date);
        return terms != null ? Uni.createFrom().item(terms) : sharedRead(date);
    }

    /**
     * One read of a day's terms, whatever the number of bookings that wait for it: when a booking period opens, every
     * school books the same days at the same instant, and each would otherwise open a session and read the school
     * year and the capacity model before the first read was kept. Each booking goes on on its own context.
     */
    private Uni<SlotTerms> sharedRead(LocalDate date) {
        Uni<SlotTerms> read = reading.computeIfAbsent(date, day -> terms(day)
                .onTermination().invoke(() -> reading.remove(day))
                .memoize().indefinitely());
        Context context = Vertx.currentContext();
        return context == null ? read : read.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** The slot that starts at an instant, if one does. */
    public Optional<SlotPlan.Slot> slotStartingAt(Instant start, SlotTerms terms) {
        return terms.plan().slotsOn(terms.plan().dateOf(start), terms.calendar()).stream()
                .filter(slot -> slot.start().equals(start)).findFirst();
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(config.zone()).toLocalDate();
    }

    /** The zone of the slots' local times. */
    public ZoneId zone() {
        return config.zone();
    }

    private SlotPlan plan(CapacityInputs inputs) {
        return new SlotPlan(config.firstStart(), Duration.ofMinutes(inputs.testLengthMinutes()), inputs.testHoursPerDay()
                * 60 / inputs.testLengthMinutes(), config.zone());
    }

    private static SlotView view(SlotPlan.Slot slot, long capacity, long booked) {
        return new SlotView(slot.start(), slot.end(), capacity, booked, Math.max(0, capacity - booked));
    }
}
