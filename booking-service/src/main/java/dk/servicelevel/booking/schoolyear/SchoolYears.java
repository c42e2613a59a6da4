package dk.servicelevel.booking.schoolyear;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StateConflictException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The school years and the calendar of the one a day falls in. */
@ApplicationScoped
public class SchoolYears {

    private final DanishHolidays holidays = new DanishHolidays();
    private final SchoolYearRepository years;

    SchoolYears(SchoolYearRepository years) {
        this.years = years;
    }

    @WithTransaction
    public Uni<SchoolYear> add(SchoolYearEntry request) {
        if (!request.summerHolidayStartsOn().isAfter(request.startsOn())) {
            return Uni.createFrom().failure(new RuleViolationException("summerHolidayStartsOn", "must be after startsOn"));
        }
        return years.findById(request.label()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(new StateConflictException("The school year " + request.label() + " exists"));
            }
            return years.overlapping(request.startsOn(), request.summerHolidayStartsOn()).chain(other -> {
                if (other != null) {
                    return Uni.createFrom().failure(new RuleViolationException("startsOn", "overlaps the school year " + other.label));
                }
                SchoolYear year = new SchoolYear();
                year.label = request.label();
                year.startsOn = request.startsOn();
                year.summerHolidayStartsOn = request.summerHolidayStartsOn();
                year.closedDays = request.closedDays() == null ? Set.of() : request.closedDays();
                return years.persist(year);
            });
        });
    }

    @WithSession
    public Uni<List<SchoolYear>> all() {
        return years.listAll(Sort.by("startsOn"));
    }

    /** The calendar of the school year a day falls in, if any. */
    @WithSession
    public Uni<Optional<SchoolCalendar>> calendarOn(LocalDate date) {
        return years.containing(date)
                .map(year -> Optional.ofNullable(year).map(y -> y.calendar(holidays)));
    }
}
