package dk.servicelevel.incident.change;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.incident.incident.SystemWrite;
import io.quarkus.hibernate.reactive.panache.Panache;
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

    /** The systems with a record written at or after the instant, each with its last write (by the database's clock). */
    public Uni<List<SystemWrite>> systemsWrittenSince(Instant since) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select systemCode, max(changedAt) from SystemChange where changedAt >= :since group by systemCode",
                        Object[].class)
                .setParameter("since", since).getResultList())
                .map(rows -> rows.stream().map(row -> new SystemWrite((String) row[0], (Instant) row[1])).toList());
    }
}
