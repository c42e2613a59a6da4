package dk.servicelevel.booking.schoolclass;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SchoolClassRepository implements PanacheRepositoryBase<SchoolClass, Long> {

    /** The school's classes by name. */
    public Uni<List<SchoolClass>> ofSchool(String institutionNumber) {
        return list("institutionNumber", Sort.by("name"), institutionNumber);
    }

    public Uni<Boolean> existsNamed(String institutionNumber, String name) {
        return count("institutionNumber = ?1 and name = ?2", institutionNumber, name).map(count -> count > 0);
    }
}
