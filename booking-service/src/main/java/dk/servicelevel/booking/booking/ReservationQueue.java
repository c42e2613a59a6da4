package dk.servicelevel.booking.booking;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.booking.booking.SeatReservation.Outcome;
import dk.servicelevel.booking.booking.SeatReservation.Reservation;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The bookings of each slot in group commits. Every booking of a slot adds its seats to the slot's one row, and holds
 * that row until its commit is on disk: one after the other, a booking rush on one slot would run at one booking per
 * commit. Here a booking of a slot whose previous reservation is still committing waits for it, and the bookings that
 * waited meanwhile are then reserved together, in one transaction and one commit, in the order they arrived. A booking
 * that finds its slot free is reserved at once, alone. Whatever a commit ends in, the slot is handed to the bookings
 * waiting for it (a slot left marked as committing would hold its bookings for ever).
 */
@ApplicationScoped
public class ReservationQueue {

    /**
     * A booking waiting for its reservation, answered on the context it arrived on (its request's, whose database
     * session the booking may go on with), or at once when it came from no context.
     */
    private record Waiting(Reservation reservation, Context context, UniEmitter<? super Outcome> answer) {

        void answer(Outcome outcome) {
            on(() -> answer.complete(outcome));
        }

        void fail(Throwable failure) {
            on(() -> answer.fail(failure));
        }

        private void on(Runnable answering) {
            if (context == null) {
                answering.run();
            } else {
                context.runOnContext(ignored -> answering.run());
            }
        }
    }

    private final SeatReservation reservations;
    private final BookingConfig config;
    /** The slots with a reservation committing, each with the bookings waiting for it. */
    private final Map<Instant, Queue<Waiting>> committing = new ConcurrentHashMap<>();
    private final DistributionSummary perCommit;

    ReservationQueue(SeatReservation reservations, BookingConfig config, MeterRegistry registry) {
        this.reservations = reservations;
        this.config = config;
        this.perCommit = DistributionSummary.builder("bookings.reserved.together")
                .description("Bookings of one slot reserved in one commit").register(registry);
    }

    /** Reserves the booking's seats and its pupils' sittings, alone or with the bookings of the slot waiting beside it. */
    Uni<Outcome> reserve(Reservation reservation) {
        return Uni.createFrom().emitter(answer -> {
            Waiting waiting = new Waiting(reservation, Vertx.currentContext(), answer);
            Instant slot = reservation.booking().slotStart;
            boolean[] free = new boolean[1];
            committing.compute(slot, (start, queue) -> {
                if (queue == null) {
                    free[0] = true;
                    return new ArrayDeque<>();
                }
                queue.add(waiting);
                return queue;
            });
            if (free[0]) {
                commit(slot, List.of(waiting));
            }
        });
    }

    private void commit(Instant slot, List<Waiting> together) {
        perCommit.record(together.size());
        if (together.size() == 1) {
            Waiting alone = together.get(0);
            Uni.createFrom().deferred(() -> reservations.reserve(alone.reservation())).subscribe().with(outcome -> {
                committed(slot);
                alone.answer(outcome);
            }, failure -> {
                committed(slot);
                alone.fail(failure);
            });
            return;
        }
        Uni.createFrom().deferred(() -> reservations.reserveTogether(slot, together.stream().map(Waiting::reservation).toList()))
                .subscribe().with(outcomes -> {
                    committed(slot);
                    for (int nth = 0; nth < together.size(); nth++) {
                        together.get(nth).answer(outcomes.get(nth));
                    }
                }, failure -> {
                    committed(slot);
                    together.forEach(this::alone);
                });
    }

    /** A booking of a group that collided with a booking made meanwhile: reserved once more, alone, for its own outcome. */
    private void alone(Waiting waiting) {
        Uni.createFrom().deferred(() -> reservations.reserve(waiting.reservation())).subscribe().with(waiting::answer, waiting::fail);
    }

    /** The slot's commit is over: the bookings that waited meanwhile are reserved next, together. */
    private void committed(Instant slot) {
        List<Waiting> next = new ArrayList<>();
        committing.compute(slot, (start, queue) -> {
            while (next.size() < config.maxReservedTogether() && !queue.isEmpty()) {
                next.add(queue.poll());
            }
            return next.isEmpty() ? null : queue;
        });
        if (!next.isEmpty()) {
            commit(slot, next);
        }
    }
}
