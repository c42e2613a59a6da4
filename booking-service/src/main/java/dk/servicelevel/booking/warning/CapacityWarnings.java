package dk.servicelevel.booking.warning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.booking.capacity.CapacityConfig;
import dk.servicelevel.booking.capacity.CapacityPlanner;
import dk.servicelevel.booking.slot.SlotBoard;
import dk.servicelevel.booking.slot.SlotUsageRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The days whose booked load reaches the warning share of the step in force. The steps are sized by the peak hour
 * (seed 002, table 1), so a day's load is its busiest slot's.
 */
@ApplicationScoped
public class CapacityWarnings {

    private static final int SHARE_SCALE = 3;

    private final CapacityPlanner planner;
    private final SlotUsageRepository usage;
    private final SlotBoard slots;
    private final CapacityConfig config;

    CapacityWarnings(CapacityPlanner planner, SlotUsageRepository usage, SlotBoard slots, CapacityConfig config) {
        this.planner = planner;
        this.usage = usage;
        this.slots = slots;
        this.config = config;
    }

    @WithSession
    public Uni<List<CapacityWarning>> between(LocalDate from, LocalDate until) {
        Instant start = from.atStartOfDay(slots.zone()).toInstant();
        Instant end = until.atStartOfDay(slots.zone()).toInstant();
        return planner.stepInForce().chain(step -> usage.bookedBetween(start, end).map(booked -> {
            Map<LocalDate, Map.Entry<Instant, Integer>> busiest = new TreeMap<>();
            booked.entrySet().forEach(slot -> busiest.merge(slots.dateOf(slot.getKey()), slot,
                    (a, b) -> a.getValue() >= b.getValue() ? a : b));
            List<CapacityWarning> warnings = new ArrayList<>();
            busiest.forEach((date, slot) -> {
                BigDecimal share = BigDecimal.valueOf(slot.getValue())
                        .divide(BigDecimal.valueOf(step.peakHourTests()), SHARE_SCALE, RoundingMode.HALF_UP);
                if (share.compareTo(config.warningShare()) >= 0) {
                    warnings.add(new CapacityWarning(date, slot.getKey(), slot.getValue(), step.peakHourTests(), share));
                }
            });
            return warnings;
        }));
    }
}
