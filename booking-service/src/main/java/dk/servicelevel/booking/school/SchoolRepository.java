package dk.servicelevel.booking.school;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SchoolRepository implements PanacheRepositoryBase<School, String> {
}
