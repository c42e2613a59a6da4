package dk.servicelevel.sla.definition;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Local wall-clock times on some days of the week; `to` 00:00 is the end of the day")
public record WeeklyTime(
        @Schema(example = "[\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"]") @NotEmpty Set<@NotNull DayOfWeek> days,
        @Schema(example = "07:00") @NotNull LocalTime from,
        @Schema(example = "17:00") @NotNull LocalTime to) {

    public WeeklyTime {
        boolean orderable = days != null && !days.isEmpty() && days.stream().noneMatch(Objects::isNull);
        days = orderable ? Collections.unmodifiableSet(EnumSet.copyOf(days)) : days;
    }

    /** Whether the times run to the end of the day. */
    public boolean untilMidnight() {
        return LocalTime.MIDNIGHT.equals(to);
    }

    /** Minutes of the day [start, end), with the end of the day as 1440. */
    int startMinute() {
        return from.toSecondOfDay() / 60;
    }

    int endMinute() {
        return untilMidnight() ? 24 * 60 : to.toSecondOfDay() / 60;
    }
}
