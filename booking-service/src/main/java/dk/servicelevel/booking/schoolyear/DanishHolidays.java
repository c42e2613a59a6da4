package dk.servicelevel.booking.schoolyear;

import java.time.LocalDate;
import java.util.function.Predicate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/** Denmark's public holidays, from the Jollyday calendar. */
public final class DanishHolidays implements Predicate<LocalDate> {

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));

    @Override
    public boolean test(LocalDate date) {
        return holidays.isHoliday(date);
    }
}
