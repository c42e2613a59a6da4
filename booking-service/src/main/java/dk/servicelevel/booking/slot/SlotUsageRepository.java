package dk.servicelevel.booking.slot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** What is booked of each slot and taken by unbooked sessions, changed only by conditional updates that keep it within the capacity. */
@ApplicationScoped
public class SlotUsageRepository {

    /** Adds seats to a slot if they fit; answers whether they did. Must run in the booking's transaction. */
    public Uni<Boolean> reserve(Instant slotStart, int seats, long capacity) {
        return takeIfItFits("booked", slotStart, seats, capacity);
    }

    /** Takes one seat of a running slot that no booking holds, if one is left; answers whether it did. */
    public Uni<Boolean> takeUnbooked(Instant slotStart, long capacity) {
        return takeIfItFits("best_effort", slotStart, 1, capacity);
    }

    /** Adds seats to a column of the slot's row, made if the slot had none, in one statement that keeps the capacity. */
    private static Uni<Boolean> takeIfItFits(String column, Instant slotStart, int seats, long capacity) {
        String upsert = """
                INSERT INTO slot_usage AS u (slot_start, booked, best_effort) SELECT CAST(:slot AS timestamptz), %2$s
                WHERE CAST(:seats AS int) <= CAST(:capacity AS bigint)
                ON CONFLICT (slot_start) DO UPDATE SET %1$s = u.%1$s + excluded.%1$s
                WHERE u.booked + u.best_effort + excluded.%1$s <= CAST(:capacity AS bigint)""".formatted(column,
                column.equals("booked") ? "CAST(:seats AS int), 0" : "0, CAST(:seats AS int)");
        return Panache.getSession().chain(session -> session.createNativeQuery(upsert)
                .setParameter("seats", seats).setParameter("slot", slotStart).setParameter("capacity", capacity)
                .executeUpdate())
                .map(updated -> updated == 1);
    }

    /** Gives seats of a slot back. Must run in the cancelling transaction. */
    public Uni<Void> release(Instant slotStart, int seats) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("UPDATE slot_usage SET booked = booked - :seats WHERE slot_start = :slot")
                .setParameter("seats", seats).setParameter("slot", slotStart).executeUpdate())
                .replaceWithVoid();
    }

    /** The booked seats of the slots that start in [from, to), by slot start; slots nobody booked are absent. */
    public Uni<Map<Instant, Integer>> bookedBetween(Instant from, Instant to) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT extract(epoch FROM slot_start)::bigint, booked FROM slot_usage "
                        + "WHERE slot_start >= :from AND slot_start < :to AND booked > 0", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList())
                .map(SlotUsageRepository::bySlot);
    }

    /** The taken seats of slots, booked or by unbooked sessions; a slot nobody took is not in the map. */
    public Uni<Map<Instant, Integer>> booked(List<Instant> slotStarts) {
        if (slotStarts.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT extract(epoch FROM slot_start)::bigint, booked + best_effort FROM slot_usage WHERE slot_start IN (:slots)",
                        Object[].class)
                .setParameter("slots", slotStarts).getResultList())
                .map(SlotUsageRepository::bySlot);
    }

    private static Map<Instant, Integer> bySlot(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(
                row -> Instant.ofEpochSecond(((Number) row[0]).longValue()), row -> ((Number) row[1]).intValue()));
    }
}
