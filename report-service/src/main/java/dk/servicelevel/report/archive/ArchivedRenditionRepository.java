package dk.servicelevel.report.archive;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ArchivedRenditionRepository implements PanacheRepository<ArchivedRendition> {

    /** A rendition's checksum without its content. */
    public record Checksum(Long archivedReportId, String mediaType, String sha256) {
    }

    public Uni<List<Checksum>> checksumsOf(List<Long> reportIds) {
        return find("archivedReportId in ?1 order by archivedReportId, mediaType", reportIds).project(Checksum.class).list();
    }

    public Uni<byte[]> content(long reportId, String mediaType) {
        return find("select content from ArchivedRendition where archivedReportId = ?1 and mediaType = ?2",
                reportId, mediaType).project(byte[].class).firstResult();
    }
}
