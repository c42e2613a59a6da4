package dk.servicelevel.booking.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HourlyLoadTest {

    private static final int CLICKS_PER_MINUTE = 4;

    @Test
    void eachComingHourHasTheSeatsOfTheSlotsStartingInItAndTheirClicksASecond() {
        Instant now = Instant.parse("2027-05-04T07:20:00Z");
        Map<Instant, Integer> booked = Map.of(
                Instant.parse("2027-05-04T06:00:00Z"), 500,   // began before this hour: its pupils are in hours ahead 0 no more
                Instant.parse("2027-05-04T07:00:00Z"), 240,
                Instant.parse("2027-05-04T08:00:00Z"), 11_520,
                Instant.parse("2027-05-04T08:30:00Z"), 48,
                Instant.parse("2027-05-04T10:00:00Z"), 24,
                Instant.parse("2027-05-04T11:00:00Z"), 9_999); // beyond the hours asked for

        List<HourlyLoad> load = HourlyLoad.of(booked, now, 4, CLICKS_PER_MINUTE);

        assertThat(load).extracting(HourlyLoad::hoursAhead).containsExactly(0, 1, 2, 3);
        assertThat(load).extracting(HourlyLoad::seats).containsExactly(240L, 11_568L, 0L, 24L);
        assertThat(load.get(1).clicksPerSecond()).isEqualTo(11_568 * 4 / 60.0);
    }

    @Test
    void withoutBookingsEveryHourIsZero() {
        assertThat(HourlyLoad.of(Map.of(), Instant.parse("2027-05-04T07:59:59Z"), 2, CLICKS_PER_MINUTE))
                .containsExactly(new HourlyLoad(0, 0, 0), new HourlyLoad(1, 0, 0));
    }

    @Test
    void summerTimeEndingKeepsHoursOfAnHourEach() {
        // the night summer time ends (31 October 2027, 03:00 local becomes 02:00): hours ahead are hours of the clock in UTC
        Instant now = Instant.parse("2027-10-31T00:30:00Z");
        Map<Instant, Integer> booked = Map.of(Instant.parse("2027-10-31T01:00:00Z"), 24, Instant.parse("2027-10-31T02:00:00Z"), 48);

        assertThat(HourlyLoad.of(booked, now, 3, CLICKS_PER_MINUTE)).extracting(HourlyLoad::seats).containsExactly(0L, 24L, 48L);
    }
}
