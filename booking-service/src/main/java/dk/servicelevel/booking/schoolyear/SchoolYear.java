package dk.servicelevel.booking.schoolyear;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;


/** A school year as stored. */
@Entity
public class SchoolYear {

    @Id
    public String label;
    public LocalDate startsOn;
    public LocalDate summerHolidayStartsOn;
    @Convert(converter = DateSetConverter.class)
    public Set<LocalDate> closedDays;

    public SchoolCalendar calendar(Predicate<LocalDate> publicHoliday) {
        return new SchoolCalendar(label, startsOn, summerHolidayStartsOn, closedDays, publicHoliday);
    }
}
