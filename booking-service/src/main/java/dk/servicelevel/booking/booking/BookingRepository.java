package dk.servicelevel.booking.booking;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

@ApplicationScoped
public class BookingRepository implements PanacheRepository<Booking> {
}
