package dk.servicelevel.booking.schoolclass;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PupilRepository implements PanacheRepositoryBase<Pupil, String> {

    /** The pseudonyms of the class's pupils, in order. */
    public Uni<List<String>> pseudonymsOfClass(long classId) {
        return list("classId", Sort.by("pseudonym"), classId).map(pupils -> pupils.stream().map(pupil -> pupil.pseudonym).toList());
    }

    /** Whether any of the pseudonyms is already a pupil of a class. */
    public Uni<Boolean> anyKnown(List<String> pseudonyms) {
        return count("pseudonym in ?1", pseudonyms).map(count -> count > 0);
    }
}
