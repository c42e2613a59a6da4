package dk.servicelevel.incident.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IncidentRepository implements PanacheRepository<Incident> {

    public Uni<Incident> findByNumber(String number) {
        return find("number", number).firstResult();
    }

    public Uni<Long> nextNumber() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT nextval('incident_number_seq')", Long.class).getSingleResult());
    }

    /** A page of the fault log, newest first; {@code beforeId} continues after the previous page. */
    public Uni<List<Incident>> search(FaultLogFilter filter, Long beforeId, int limit, Instant now) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        criterion(where, parameters, "systemCode = :system", "system", filter.systemCode());
        criterion(where, parameters, "category = :category", "category", filter.category());
        criterion(where, parameters, "state = :state", "state", filter.state());
        criterion(where, parameters, "knownAt >= :from", "from", filter.from());
        criterion(where, parameters, "knownAt < :to", "to", filter.to());
        criterion(where, parameters, "id < :before", "before", beforeId);
        if (filter.text() != null) {
            where.add("(lower(number) like :text or lower(title) like :text or lower(description) like :text"
                    + " or lower(cause) like :text or lower(handling) like :text)");
            parameters.put("text", "%" + filter.text().toLowerCase() + "%");
        }
        if (filter.overdueOnly()) {
            where.add("((acknowledgeDueAt < coalesce(acknowledgedAt, :now)) or (restoreDueAt < coalesce(restoredAt, :now)))");
            parameters.put("now", now);
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, Sort.by("id").descending(), parameters).page(0, limit).list();
    }

    /** Production incidents of the given categories whose outage [knownAt, restoredAt) overlaps [from, to). */
    public Uni<List<Incident>> outages(String systemCode, Layer layer, Set<Integer> categories, Instant from, Instant to) {
        String query = "environment = :production and systemCode = :system and category in :categories"
                + " and knownAt < :to and (restoredAt is null or restoredAt > :from)"
                + (layer == null ? "" : " and layer = :layer");
        Parameters parameters = Parameters.with("production", Environment.PRODUCTION).and("system", systemCode)
                .and("categories", categories).and("from", from).and("to", to);
        if (layer != null) {
            parameters = parameters.and("layer", layer);
        }
        return list(query, Sort.by("knownAt"), parameters);
    }

    /** Production incidents whose normal operation is not restored yet. */
    /** Every incident not yet resolved, newest first. */
    public Uni<List<Incident>> unresolved() {
        return list("state not in ?1", Sort.by("id").descending(), List.of(IncidentState.RESOLVED, IncidentState.CLOSED));
    }

    public Uni<List<Incident>> unrestoredInProduction() {
        return list("environment = ?1 and restoredAt is null", Environment.PRODUCTION);
    }

    private static void criterion(List<String> where, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }
}
