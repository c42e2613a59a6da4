package dk.servicelevel.booking.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

@ApplicationScoped
public class SessionEventRepository implements PanacheRepository<SessionEvent> {
}
