package dk.servicelevel.sla.slo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.sla.definition.SlaCatalogue;
import dk.servicelevel.sla.definition.SlaCatalogue.VersionedSla;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.definition.WindowDefinition;
import dk.servicelevel.sla.evaluation.PublicHolidays;
import dk.servicelevel.sla.evaluation.VersionHistory;
import dk.servicelevel.sla.evaluation.WindowTimeline;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * slp_sla_window_in_force{sla, window}: 1 for the window of each SLA in force now, in the SLA's zone with its
 * holidays, 0 for the others, brought up to date every {@code slo.windows-refresh} (a minute). Prometheus cannot tell
 * local time, so the exported SLOs read the windows from here.
 */
@ApplicationScoped
public class WindowsInForce {

    static final String GAUGE = "slp.sla.window.in.force";

    private final SlaCatalogue catalogue;
    private final WindowTimeline timeline = new WindowTimeline(new PublicHolidays());
    private final MultiGauge gauge;
    private final Clock clock;

    WindowsInForce(SlaCatalogue catalogue, MeterRegistry registry, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.gauge = MultiGauge.builder(GAUGE).description("1 while the SLA's window is in force, else 0").register(registry);
    }

    @Scheduled(every = "${slo.windows-refresh:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> refresh() {
        Instant now = clock.instant();
        return catalogue.allVersioned().invoke(slas -> {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (VersionedSla sla : slas) {
                SlaDefinition definition = inForce(sla, now);
                Optional<String> window = timeline.inForceAt(definition, now);
                for (WindowDefinition each : definition.windows()) {
                    rows.add(MultiGauge.Row.of(Tags.of("sla", sla.sla().id, "window", each.name()),
                            window.filter(each.name()::equals).isPresent() ? 1 : 0));
                }
            }
            gauge.register(rows, true);
        }).replaceWithVoid();
    }

    /** The definition in force at the instant; before the first version, the first. */
    static SlaDefinition inForce(VersionedSla sla, Instant at) {
        return VersionHistory.of(sla).at(at);
    }
}
