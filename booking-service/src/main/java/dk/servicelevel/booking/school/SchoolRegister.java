package dk.servicelevel.booking.school;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.booking.access.Caller;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The schools that may book; each school sees only itself. */
@ApplicationScoped
public class SchoolRegister {

    private final SchoolRepository schools;
    private final Clock clock;

    SchoolRegister(SchoolRepository schools, Clock clock) {
        this.schools = schools;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<School> register(SchoolRequest request) {
        return schools.findById(request.institutionNumber()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(new StateConflictException("A school with the institution number "
                        + request.institutionNumber() + " is already registered"));
            }
            School school = new School();
            school.institutionNumber = request.institutionNumber();
            school.name = request.name();
            school.municipality = request.municipality();
            school.createdAt = clock.instant();
            return schools.persist(school);
        });
    }

    @WithSession
    public Uni<School> get(String institutionNumber, Caller caller) {
        caller.checkMayAccess(institutionNumber);
        return schools.findById(institutionNumber).onItem().ifNull()
                .failWith(() -> new UnknownRecordException("No school has the institution number " + institutionNumber));
    }

    @WithSession
    public Uni<List<School>> visibleTo(Caller caller) {
        return caller.schoolId()
                .map(own -> schools.findById(own).map(school -> school == null ? List.<School> of() : List.of(school)))
                .orElseGet(() -> schools.listAll(Sort.by("institutionNumber")));
    }
}
