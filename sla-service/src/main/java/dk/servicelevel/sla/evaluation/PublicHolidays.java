package dk.servicelevel.sla.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dk.servicelevel.sla.definition.HolidayCalendarName;

/** The public holidays of Denmark and Sweden, from the Jollyday calendars. */
public final class PublicHolidays {

    private final Map<HolidayCalendarName, HolidayManager> managers = new EnumMap<>(HolidayCalendarName.class);

    public PublicHolidays() {
        managers.put(HolidayCalendarName.DENMARK, HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK)));
        managers.put(HolidayCalendarName.SWEDEN, HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN)));
    }

    public boolean isHoliday(HolidayCalendarName calendar, LocalDate date) {
        return managers.get(calendar).isHoliday(date);
    }
}
