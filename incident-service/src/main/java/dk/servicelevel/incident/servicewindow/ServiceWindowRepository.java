package dk.servicelevel.incident.servicewindow;

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
public class ServiceWindowRepository implements PanacheRepository<ServiceWindow> {

    /** The windows of a system that overlap the period [from, to). */
    public Uni<List<ServiceWindow>> overlapping(String systemCode, Instant from, Instant to) {
        return list("systemCode = :system and startAt < :to and endAt > :from", Sort.by("startAt"),
                Parameters.with("system", systemCode).and("from", from).and("to", to));
    }

    /** The systems with a record written at or after the instant, each with its last write (by the database's clock). */
    public Uni<List<SystemWrite>> systemsWrittenSince(Instant since) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select systemCode, max(changedAt) from ServiceWindow where changedAt >= :since group by systemCode",
                        Object[].class)
                .setParameter("since", since).getResultList())
                .map(rows -> rows.stream().map(row -> new SystemWrite((String) row[0], (Instant) row[1])).toList());
    }
}
