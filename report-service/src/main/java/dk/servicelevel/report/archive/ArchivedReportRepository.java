package dk.servicelevel.report.archive;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ArchivedReportRepository implements PanacheRepository<ArchivedReport> {

    public Uni<List<ArchivedReport>> matching(String kind, String period) {
        return list("(:kind is null or kind = :kind) and (:period is null or period = :period)",
                Sort.by("period").descending().and("kind").and("reportVersion").descending(),
                Parameters.with("kind", kind).and("period", period));
    }

    public Uni<Integer> latestVersion(String kind, String period) {
        return find("select coalesce(max(reportVersion), 0) from ArchivedReport where kind = ?1 and period = ?2",
                kind, period).project(Integer.class).singleResult();
    }
}
