package dk.servicelevel.booking.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

@ApplicationScoped
public class IllnessRepository implements PanacheRepository<Illness> {
}
