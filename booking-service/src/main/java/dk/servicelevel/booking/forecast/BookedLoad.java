package dk.servicelevel.booking.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.booking.capacity.CapacityPlanner;
import dk.servicelevel.booking.slot.SlotUsageRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * booking-service knows its load in advance: the bookings say how many pupils sit which hour. For each coming hour it
 * exports the booked seats ({@code booking_booked_seats}) and the clicks a second they will send
 * ({@code booking_expected_clicks_per_second}), tagged {@code hours_ahead}, so that the autoscaler adds replicas
 * before a booked hour starts (docs/operations.md, "Scaling ahead of the bookings"). Every replica exports the same
 * figures, read from the database.
 */
@ApplicationScoped
public class BookedLoad {

    private final SlotUsageRepository usage;
    private final CapacityPlanner capacity;
    private final BookedLoadConfig config;
    private final Clock clock;
    private final AtomicReference<List<HourlyLoad>> coming = new AtomicReference<>();

    BookedLoad(SlotUsageRepository usage, CapacityPlanner capacity, BookedLoadConfig config, Clock clock, MeterRegistry registry) {
        this.usage = usage;
        this.capacity = capacity;
        this.config = config;
        this.clock = clock;
        coming.set(HourlyLoad.of(Map.of(), clock.instant(), config.hours(), 0));
        for (int ahead = 0; ahead < config.hours(); ahead++) {
            int hour = ahead;
            Gauge.builder("booking.booked.seats", coming, load -> load.get().get(hour).seats())
                    .tag("hours_ahead", String.valueOf(hour)).description("Seats booked in the slots starting in this coming hour")
                    .register(registry);
            Gauge.builder("booking.expected.clicks.per.second", coming, load -> load.get().get(hour).clicksPerSecond())
                    .tag("hours_ahead", String.valueOf(hour)).description("Clicks a second the pupils booked in this coming hour send")
                    .register(registry);
        }
    }

    @Scheduled(every = "${booked-load.refresh:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithSession
    Uni<Void> refresh() {
        Instant now = clock.instant();
        Instant from = HourlyLoad.firstHour(now);
        return capacity.model().chain(model -> usage.bookedBetween(from, from.plus(Duration.ofHours(config.hours())))
                .invoke(booked -> coming.set(HourlyLoad.of(booked, now, config.hours(), model.inputs.clicksPerMinute()))))
                .replaceWithVoid();
    }
}
