package dk.servicelevel.incident.servicewindow;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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
}
