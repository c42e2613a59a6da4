package dk.servicelevel.sla.system;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ItSystemRepository implements PanacheRepositoryBase<ItSystem, String> {
}
