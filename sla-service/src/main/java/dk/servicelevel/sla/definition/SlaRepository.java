package dk.servicelevel.sla.definition;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SlaRepository implements PanacheRepositoryBase<Sla, String> {

    /** The SLAs by id, of one system if named. */
    public Uni<List<Sla>> ofSystem(String systemCode) {
        return systemCode == null ? listAll(Sort.by("id")) : list("systemCode", Sort.by("id"), systemCode);
    }
}
