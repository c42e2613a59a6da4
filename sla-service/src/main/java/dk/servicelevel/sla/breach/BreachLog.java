package dk.servicelevel.sla.breach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The breaches found so far: opened when first found, resolved when they no longer hold. */
@ApplicationScoped
public class BreachLog {

    private final BreachRepository breaches;

    BreachLog(BreachRepository breaches) {
        this.breaches = breaches;
    }

    /** Records what an evaluation of an SLA found; answers the breaches it opened. */
    @WithTransaction
    public Uni<List<Breach>> record(String slaId, List<Finding> findings, Instant now) {
        return breaches.openOf(slaId).chain(open -> {
            List<Breach> opened = new ArrayList<>();
            for (Breach breach : open) {
                if (findings.stream().noneMatch(f -> same(f, breach))) {
                    breach.resolvedAt = now;
                }
            }
            for (Finding finding : findings) {
                if (open.stream().noneMatch(breach -> same(finding, breach))) {
                    opened.add(breach(slaId, finding, now));
                }
            }
            return opened.isEmpty() ? Uni.createFrom().item(opened) : breaches.persist(opened).replaceWith(opened);
        });
    }

    @WithSession
    public Uni<List<Breach>> undelivered() {
        return breaches.undelivered();
    }

    @WithTransaction
    public Uni<Void> delivered(long id, Instant at) {
        return breaches.findById(id).invoke(breach -> {
            breach.deliveredAt = at;
            breach.deliveryAttempts++;
        }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Void> notDelivered(long id, String error) {
        return breaches.findById(id).invoke(breach -> {
            breach.deliveryAttempts++;
            breach.lastDeliveryError = error;
        }).replaceWithVoid();
    }

    @WithSession
    public Uni<List<Breach>> search(String slaId, Boolean open, Instant from, Instant to) {
        return breaches.search(slaId, open, from, to);
    }

    private static boolean same(Finding finding, Breach breach) {
        return finding.windowName().equals(breach.windowName) && finding.kind() == breach.kind;
    }

    private static Breach breach(String slaId, Finding finding, Instant now) {
        Breach breach = new Breach();
        breach.slaId = slaId;
        breach.windowName = finding.windowName();
        breach.kind = finding.kind();
        breach.detectedAt = now;
        breach.periodFrom = finding.periodFrom();
        breach.periodTo = finding.periodTo();
        breach.availabilityPercent = finding.availabilityPercent();
        breach.targetPercent = finding.targetPercent();
        breach.burnRate = finding.burnRate();
        breach.detail = finding.detail();
        return breach;
    }
}
