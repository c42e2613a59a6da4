package dk.servicelevel.sla.system;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ItSystemRepository implements PanacheRepositoryBase<ItSystem, String> {

    /** The codes of those given that a registered system has. */
    Uni<List<String>> registeredOf(Collection<String> codes) {
        return find("select code from ItSystem where code in ?1", codes).project(String.class).list();
    }
}
