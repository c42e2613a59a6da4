package dk.servicelevel.booking.schoolyear;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SchoolYearRepository implements PanacheRepositoryBase<SchoolYear, String> {

    /** The school year the day falls in (from its first day to the summer holiday), or null. */
    public Uni<SchoolYear> containing(LocalDate day) {
        return find("startsOn <= ?1 and summerHolidayStartsOn > ?1", day).firstResult();
    }

    /** A school year that shares a day with [startsOn, summerHolidayStartsOn), or null. */
    public Uni<SchoolYear> overlapping(LocalDate startsOn, LocalDate summerHolidayStartsOn) {
        return find("startsOn < ?1 and summerHolidayStartsOn > ?2", summerHolidayStartsOn, startsOn).firstResult();
    }
}
