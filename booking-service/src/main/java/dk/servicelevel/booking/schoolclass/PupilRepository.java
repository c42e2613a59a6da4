package dk.servicelevel.booking.schoolclass;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PupilRepository implements PanacheRepositoryBase<Pupil, String> {
}
