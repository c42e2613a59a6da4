package dk.servicelevel.report.archive;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ArchivedReportRepository implements PanacheRepository<ArchivedReport> {

    /** The versions of a kind and period, either of which may be absent (any). */
    public Uni<List<ArchivedReport>> matching(String kind, String period) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (period != null) {
            conditions.add("period = :period");
            parameters.and("period", period);
        }
        Sort newestFirst = Sort.by("period").descending().and("kind").and("reportVersion").descending();
        return conditions.isEmpty() ? listAll(newestFirst)
                : list(String.join(" and ", conditions), newestFirst, parameters);
    }

    public Uni<byte[]> content(long id) {
        return find("select content from ArchivedReport where id = ?1", id).project(byte[].class).firstResult();
    }

    /** The newest version of a kind and period; null when none is filed. */
    public Uni<ArchivedReport> latest(String kind, String period) {
        return find("kind = ?1 and period = ?2", Sort.by("reportVersion").descending(), kind, period).firstResult();
    }

    /**
     * Waits for the filings of a kind and period that other transactions are making, and holds the others back until
     * this transaction ends, so that each files the next version after the last one committed.
     */
    public Uni<Void> takeTurn(String kind, String period) {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS turn", Integer.class)
                .setParameter("key", kind + "/" + period).getSingleResult())
                .replaceWithVoid();
    }
}
