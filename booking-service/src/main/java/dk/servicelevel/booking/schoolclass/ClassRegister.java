package dk.servicelevel.booking.schoolclass;

import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.booking.school.SchoolRepository;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The schools' classes and pupils. */
@ApplicationScoped
public class ClassRegister {

    private final SchoolRepository schools;
    private final SchoolClassRepository classes;
    private final PupilRepository pupils;

    ClassRegister(SchoolRepository schools, SchoolClassRepository classes, PupilRepository pupils) {
        this.schools = schools;
        this.classes = classes;
        this.pupils = pupils;
    }

    @WithTransaction
    public Uni<ClassRoster> add(String institutionNumber, ClassRequest request) {
        if (new HashSet<>(request.pupils()).size() != request.pupils().size()) {
            return Uni.createFrom().failure(new RuleViolationException("pupils", "must not name a pupil twice"));
        }
        return registered(institutionNumber)
                .chain(() -> classes.existsNamed(institutionNumber, request.name()))
                .chain(existing -> existing
                        ? Uni.createFrom().failure(new StateConflictException("The school already has a class " + request.name()))
                        : pupils.anyKnown(request.pupils()))
                .chain(known -> {
                    if (known) {
                        return Uni.createFrom().failure(new StateConflictException("A pupil is already in a class"));
                    }
                    SchoolClass schoolClass = new SchoolClass();
                    schoolClass.institutionNumber = institutionNumber;
                    schoolClass.name = request.name();
                    schoolClass.grade = request.grade();
                    return classes.persistAndFlush(schoolClass).call(saved -> Multi.createFrom().iterable(request.pupils())
                            .onItem().transformToUniAndConcatenate(pseudonym -> pupils.persist(pupil(pseudonym, saved)))
                            .collect().asList());
                })
                .map(saved -> new ClassRoster(saved.id, institutionNumber, saved.name, saved.grade, request.pupils()));
    }

    @WithSession
    public Uni<List<ClassRoster>> of(String institutionNumber) {
        return classes.ofSchool(institutionNumber)
                .call(found -> found.isEmpty() ? registered(institutionNumber) : Uni.createFrom().voidItem())
                .chain(classes -> Multi.createFrom().iterable(classes)
                        .onItem().transformToUniAndConcatenate(this::withPupils).collect().asList());
    }

    /** Nothing, or the failure of a school that is not registered (404). */
    private Uni<Void> registered(String institutionNumber) {
        return schools.findById(institutionNumber)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No school has the institution number " + institutionNumber))
                .replaceWithVoid();
    }

    private Uni<ClassRoster> withPupils(SchoolClass schoolClass) {
        return pupils.pseudonymsOfClass(schoolClass.id)
                .map(pseudonyms -> new ClassRoster(schoolClass.id, schoolClass.institutionNumber, schoolClass.name,
                        schoolClass.grade, pseudonyms));
    }

    private static Pupil pupil(String pseudonym, SchoolClass schoolClass) {
        Pupil pupil = new Pupil();
        pupil.pseudonym = pseudonym;
        pupil.institutionNumber = schoolClass.institutionNumber;
        pupil.classId = schoolClass.id;
        return pupil;
    }
}
