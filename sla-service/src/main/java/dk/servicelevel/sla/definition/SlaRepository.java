package dk.servicelevel.sla.definition;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SlaRepository implements PanacheRepositoryBase<Sla, String> {
}
