package dk.servicelevel.booking.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.servicelevel.booking.schoolyear.SchoolCalendar;

/** The slots of school days: tests of one length back to back from the first start (08:00–14:00, docs/contract.md). */
public record SlotPlan(LocalTime firstStart, Duration length, int slotsPerDay, ZoneId zone) {

    /** A slot's start and end. */
    public record Slot(Instant start, Instant end) {
    }

    /** The slots of a day; none when it is not a school day. */
    public List<Slot> slotsOn(LocalDate date, SchoolCalendar calendar) {
        List<Slot> slots = new ArrayList<>();
        if (calendar.isSchoolDay(date)) {
            ZonedDateTime start = ZonedDateTime.of(date, firstStart, zone);
            for (int i = 0; i < slotsPerDay; i++) {
                ZonedDateTime slotStart = start.plus(length.multipliedBy(i));
                slots.add(new Slot(slotStart.toInstant(), slotStart.plus(length).toInstant()));
            }
        }
        return slots;
    }

    /** The slot an instant falls in, if it falls in one. */
    public Optional<Slot> slotAt(Instant instant, SchoolCalendar calendar) {
        return slotsOn(dateOf(instant), calendar).stream()
                .filter(slot -> !instant.isBefore(slot.start()) && instant.isBefore(slot.end())).findFirst();
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
