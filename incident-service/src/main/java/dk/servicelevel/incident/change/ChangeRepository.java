package dk.servicelevel.incident.change;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ChangeRepository implements PanacheRepository<SystemChange> {

    /** The changes of a system whose planned or actual time overlaps the period [from, to). */
    public Uni<List<SystemChange>> overlapping(String systemCode, Instant from, Instant to) {
        return list("""
                systemCode = :system
                and ((plannedStartAt < :to and plannedEndAt > :from)
                  or (actualStartAt < :to and coalesce(actualEndAt, actualStartAt) >= :from))""",
                Sort.by("plannedStartAt").and("id"),
                Parameters.with("system", systemCode).and("from", from).and("to", to));
    }
}
