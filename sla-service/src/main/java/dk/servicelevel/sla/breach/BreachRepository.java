package dk.servicelevel.sla.breach;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class BreachRepository implements PanacheRepository<Breach> {

    public Uni<List<Breach>> openOf(String slaId) {
        return list("slaId = ?1 and resolvedAt is null", slaId);
    }

    public Uni<List<Breach>> undelivered() {
        return list("deliveredAt is null", Sort.by("id"));
    }

    /** The breaches, newest first, of one SLA, open or resolved only, detected in [from, to), where given. */
    public Uni<List<Breach>> search(String slaId, Boolean open, Instant from, Instant to) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (slaId != null) {
            query.append(" and slaId = :sla");
            parameters = parameters.and("sla", slaId);
        }
        if (open != null) {
            query.append(open ? " and resolvedAt is null" : " and resolvedAt is not null");
        }
        if (from != null) {
            query.append(" and detectedAt >= :from");
            parameters = parameters.and("from", from);
        }
        if (to != null) {
            query.append(" and detectedAt < :to");
            parameters = parameters.and("to", to);
        }
        return list(query.toString(), Sort.by("detectedAt").descending().and("id").descending(), parameters);
    }
}
