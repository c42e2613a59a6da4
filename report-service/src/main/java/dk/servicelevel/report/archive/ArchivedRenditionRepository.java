package dk.servicelevel.report.archive;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ArchivedRenditionRepository implements PanacheRepository<ArchivedRendition> {

    /** A rendition's checksum without its content. */
    public record Checksum(Long archivedReportId, String mediaType, String language, String sha256) {
    }

    public Uni<List<Checksum>> checksumsOf(List<Long> reportIds) {
        return find("archivedReportId in ?1 order by archivedReportId, mediaType, language", reportIds)
                .project(Checksum.class).list();
    }

    /** A rendition's content in the language, or in the language it was filed in when it was filed in one only. */
    public Uni<Rendered> content(long reportId, String mediaType, String language) {
        return find("""
                select content, language from ArchivedRendition where archivedReportId = ?1 and mediaType = ?2
                order by case when language = ?3 then 0 else 1 end""", reportId, mediaType, language)
                .project(Rendered.class).firstResult();
    }

    public record Rendered(byte[] content, String language) {
    }
}
