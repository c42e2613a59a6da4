package dk.servicelevel.sla.definition;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SlaVersionRepository implements PanacheRepository<SlaVersion> {

    /** The versions of an SLA, oldest first. */
    public Uni<List<SlaVersion>> of(String slaId) {
        return list("slaId", Sort.by("number"), slaId);
    }
}
