package dk.servicelevel.sla.slo;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.sla.breach.BreachConfig;
import dk.servicelevel.sla.definition.SlaCatalogue;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.slo.SloSubject.Objective;
import io.smallrye.mutiny.Uni;

/** Makes an SLA's SLOs from the version in force and the breach check's settings. */
@ApplicationScoped
public class SloExport {

    private final SlaCatalogue catalogue;
    private final BreachConfig breaches;
    private final Clock clock;

    SloExport(SlaCatalogue catalogue, BreachConfig breaches, Clock clock) {
        this.catalogue = catalogue;
        this.breaches = breaches;
        this.clock = clock;
    }

    public Uni<SloSubject> subject(String slaId) {
        return catalogue.get(slaId).map(sla -> {
            SlaDefinition definition = WindowsInForce.inForce(sla, clock.instant());
            return new SloSubject(sla.sla().id, sla.sla().name, sla.sla().systemCode, definition.responseTime().measuredAt(),
                    definition.responseTime().threshold(),
                    definition.windows().stream().map(w -> new Objective(w.name(), w.targetPercent())).toList(),
                    breaches.rollingPeriod().nominal(), breaches.alerts());
        });
    }
}
