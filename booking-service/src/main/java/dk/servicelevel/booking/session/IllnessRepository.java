package dk.servicelevel.booking.session;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IllnessRepository implements PanacheRepository<Illness> {

    /** The illnesses registered for the pupil and test on days in [from, until). */
    public Uni<Long> registered(String pupil, String test, LocalDate from, LocalDate until) {
        return count("pupil = ?1 and testCode = ?2 and registeredOn >= ?3 and registeredOn < ?4", pupil, test, from, until);
    }
}
