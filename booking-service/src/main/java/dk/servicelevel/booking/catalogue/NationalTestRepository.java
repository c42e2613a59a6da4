package dk.servicelevel.booking.catalogue;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NationalTestRepository implements PanacheRepositoryBase<NationalTest, String> {
}
