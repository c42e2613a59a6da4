package dk.servicelevel.sla.breach;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
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
}
