package dk.servicelevel.booking.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

@ApplicationScoped
public class TestSessionRepository implements PanacheRepository<TestSession> {
}
