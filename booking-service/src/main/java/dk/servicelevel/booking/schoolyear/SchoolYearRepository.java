package dk.servicelevel.booking.schoolyear;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SchoolYearRepository implements PanacheRepositoryBase<SchoolYear, String> {
}
