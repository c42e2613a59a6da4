package dk.servicelevel.incident.incident;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TimelineRepository implements PanacheRepository<TimelineEntry> {

    public Uni<List<TimelineEntry>> of(Incident incident) {
        return list("incidentId", Sort.by("id"), incident.id);
    }
}
