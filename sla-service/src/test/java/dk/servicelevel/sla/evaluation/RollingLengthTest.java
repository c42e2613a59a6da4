package dk.servicelevel.sla.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class RollingLengthTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** Local midnight after the night summer time ended, 25 October 2026. */
    private static final Instant AFTER_SUMMER_TIME = OffsetDateTime.parse("2026-10-26T00:00:00+01:00").toInstant();

    @Test
    void weeksAndDaysAreLocalCalendarDaysOfTheZone() {
        Instant start = OffsetDateTime.parse("2026-09-28T00:00:00+02:00").toInstant();
        assertThat(RollingLength.parse("P4W").startBefore(AFTER_SUMMER_TIME, COPENHAGEN)).isEqualTo(start);
        assertThat(RollingLength.parse("p28d").startBefore(AFTER_SUMMER_TIME, COPENHAGEN)).isEqualTo(start);
    }

    @Test
    void aLengthWithATimePartIsExact() {
        assertThat(RollingLength.parse("PT672H").startBefore(AFTER_SUMMER_TIME, COPENHAGEN))
                .isEqualTo(OffsetDateTime.parse("2026-09-28T01:00:00+02:00").toInstant());
        assertThat(RollingLength.parse("P1DT1H")).isEqualTo(new RollingLength.Exact(java.time.Duration.ofHours(25)));
    }

    @Test
    void nothingOrLessOrNoLengthAtAllIsRefused() {
        assertThatThrownBy(() -> RollingLength.parse("P0D")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> RollingLength.parse("-P4W")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> RollingLength.parse("PT0S")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> RollingLength.parse("4 weeks")).isInstanceOf(DateTimeParseException.class);
    }
}
