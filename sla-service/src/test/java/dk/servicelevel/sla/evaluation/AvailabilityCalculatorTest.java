package dk.servicelevel.sla.evaluation;

import static dk.servicelevel.sla.definition.ContractDefinitions.COPENHAGEN;
import static dk.servicelevel.sla.definition.ContractDefinitions.WEEKDAYS;
import static dk.servicelevel.sla.definition.ContractDefinitions.contract;
import static dk.servicelevel.sla.definition.ContractDefinitions.rest;
import static dk.servicelevel.sla.definition.ContractDefinitions.window;
import static dk.servicelevel.sla.definition.ContractDefinitions.withWindows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.servicelevel.sla.definition.HolidayCalendarName;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.definition.WeeklyTime;
import dk.servicelevel.sla.definition.WindowDefinition;
import dk.servicelevel.sla.timeline.Interval;

class AvailabilityCalculatorTest {

    private static final AvailabilityCalculator CALCULATOR = new AvailabilityCalculator(new PublicHolidays());
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    /** Four weeks from Monday 1 June 2026 00:00 in Copenhagen: no public holiday excluded, no DST change. */
    private static final Interval FOUR_WEEKS = new Interval(local("2026-06-01T00:00"), local("2026-06-29T00:00"));

    @Test
    void reproducesTheWorkedExampleOfTheDesign() {
        Availability availability = evaluate(FOUR_WEEKS, contract(),
                List.of(outage("INC-1", "2026-06-02T10:00", "2026-06-02T10:03"),
                        outage("INC-2", "2026-06-03T16:50", "2026-06-03T17:20")),
                List.of(serviceWindow(1, "2026-06-06T01:00", "2026-06-06T02:00", "2026-06-01T09:00")), List.of());

        WindowAvailability a = availability.windows().get(0);
        assertThat(a.name()).isEqualTo("A");
        assertThat(a.agreedMinutes()).isEqualByComparingTo("12000");
        assertThat(a.downtimeMinutes()).isEqualByComparingTo("15");
        assertThat(a.availabilityPercent()).isEqualByComparingTo("99.875");
        assertThat(a.met()).isFalse();
        assertThat(a.budgetRemainingMinutes()).isEqualByComparingTo("-3");
        assertThat(a.downtime()).extracting(CountedDowntime::incidentId, CountedDowntime::countedMinutes)
                .containsExactly(tuple("INC-1", new BigDecimal("5.00")),
                        tuple("INC-2", new BigDecimal("10.00")));

        WindowAvailability b = availability.windows().get(1);
        assertThat(b.serviceWindowMinutes()).isEqualByComparingTo("60");
        assertThat(b.agreedMinutes()).isEqualByComparingTo("28260");
        assertThat(b.downtimeMinutes()).isEqualByComparingTo("20");
        assertThat(b.availabilityPercent()).isEqualByComparingTo("99.929");
        assertThat(b.met()).isTrue();

        WindowAvailability combined = availability.combined();
        assertThat(combined.agreedMinutes()).isEqualByComparingTo("40260");
        assertThat(combined.downtimeMinutes()).isEqualByComparingTo("35");
    }

    @Test
    void overlappingOutagesAreCountedOnce() {
        Availability availability = evaluate(FOUR_WEEKS, contract(),
                List.of(outage("INC-1", "2026-06-02T10:00", "2026-06-02T10:30"),
                        outage("INC-2", "2026-06-02T10:20", "2026-06-02T10:40"),
                        outage("INC-3", "2026-06-02T10:05", "2026-06-02T10:10")),
                List.of(), List.of());
        WindowAvailability a = availability.windows().get(0);
        assertThat(a.downtimeMinutes()).isEqualByComparingTo("40");
        assertThat(a.downtime()).extracting(CountedDowntime::incidentId).containsExactly("INC-1", "INC-2");
        assertThat(a.downtime()).extracting(CountedDowntime::countedMinutes)
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("10.00"));
    }

    @Test
    void aShortOutageCountsFiveMinutesFromItsStartAndAnOpenOneUntilNow() {
        Interval day = new Interval(local("2026-06-02T00:00"), local("2026-06-03T00:00"));
        Outage open = new Outage("INC-OPEN", 1, local("2026-06-02T16:00"), null);
        Availability availability = CALCULATOR.evaluate(new EvaluationInput(day, versions(contract()),
                List.of(outage("INC-1", "2026-06-02T16:58", "2026-06-02T16:59"), open), List.of(), List.of(),
                local("2026-06-02T16:30")));
        assertThat(availability.windows().get(0).downtimeMinutes()).isEqualByComparingTo("32");
        assertThat(availability.windows().get(1).downtimeMinutes()).isEqualByComparingTo("3");
    }

    @Test
    void anOutageOfACategoryNotCountedIsNoDowntime() {
        Availability availability = evaluate(FOUR_WEEKS, contract(),
                List.of(new Outage("INC-3", 3, local("2026-06-02T10:00"), local("2026-06-02T11:00"))), List.of(), List.of());
        assertThat(availability.combined().downtimeMinutes()).isEqualByComparingTo("0");
    }

    @Test
    void aSliceWithTooFewGuaranteedOperationsWithinTheThresholdIsDown() {
        Instant slow = local("2026-06-02T10:00");
        Instant fast = local("2026-06-02T10:05");
        Availability availability = evaluate(FOUR_WEEKS, contract(), List.of(), List.of(),
                List.of(new MeasuredSlice(slow, slow.plusSeconds(300), 1000, 949),
                        new MeasuredSlice(fast, fast.plusSeconds(300), 1000, 950),
                        new MeasuredSlice(local("2026-06-02T10:10"), local("2026-06-02T10:15"), 0, 0)));
        WindowAvailability a = availability.windows().get(0);
        assertThat(a.downtimeMinutes()).isEqualByComparingTo("5");
        assertThat(a.downtime()).singleElement().satisfies(down -> {
            assertThat(down.source()).isEqualTo(DowntimeSource.RESPONSE_TIME);
            assertThat(down.shareWithinThresholdPercent()).isEqualByComparingTo("94.9");
            assertThat(down.start()).isEqualTo(slow);
        });
    }

    @Test
    void aServiceWindowTooLongCountsWhatIsBeyondTheMonthlyAllowance() {
        Availability availability = evaluate(FOUR_WEEKS, contract(), List.of(),
                List.of(serviceWindow(1, "2026-06-06T01:00", "2026-06-06T02:30", "2026-06-01T09:00"),
                        serviceWindow(2, "2026-06-13T01:00", "2026-06-13T02:00", "2026-06-01T09:00")),
                List.of());
        WindowAvailability b = availability.windows().get(1);
        assertThat(b.serviceWindowMinutes()).isEqualByComparingTo("120");
        assertThat(b.downtimeMinutes()).isEqualByComparingTo("30");
        assertThat(b.downtime()).singleElement().satisfies(down -> {
            assertThat(down.serviceWindowId()).isEqualTo(2L);
            assertThat(down.reason()).isEqualTo("beyond the monthly allowance of PT2H");
            assertThat(down.start()).isEqualTo(local("2026-06-13T01:30"));
        });
    }

    @Test
    void serviceWindowUseOutsideTheAllowedHoursOrAnnouncedTooLateIsDowntime() {
        Availability availability = evaluate(FOUR_WEEKS, contract(), List.of(),
                List.of(serviceWindow(1, "2026-06-06T04:00", "2026-06-06T06:00", "2026-06-01T09:00"),
                        serviceWindow(2, "2026-06-13T01:00", "2026-06-13T02:00", "2026-06-11T01:00:01")),
                List.of());
        WindowAvailability b = availability.windows().get(1);
        assertThat(b.serviceWindowMinutes()).isEqualByComparingTo("60");
        assertThat(b.downtimeMinutes()).isEqualByComparingTo("120");
        assertThat(b.downtime()).extracting(CountedDowntime::reason).containsExactly(
                "outside the allowed hours 00:00–05:00",
                "announced PT47H59M59S before its start; the notice is PT48H");
    }

    @Test
    void windowsFollowTheWallClockOnTheDaysDaylightSavingTimeChanges() {
        SlaDefinition nightly = withWindows(List.of(
                window("NIGHT", "99", new WeeklyTime(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.of(5, 0))),
                rest("DAY", "95")));
        Availability spring = evaluate(new Interval(local("2026-03-29T00:00"), local("2026-03-30T00:00")), nightly,
                List.of(), List.of(), List.of());
        assertThat(spring.windows()).extracting(WindowAvailability::agreedMinutes)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(4 * 60), new BigDecimal(19 * 60));
        Availability autumn = evaluate(new Interval(local("2026-10-25T00:00"), local("2026-10-26T00:00")), nightly,
                List.of(), List.of(), List.of());
        assertThat(autumn.windows()).extracting(WindowAvailability::agreedMinutes)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(6 * 60), new BigDecimal(19 * 60));
        assertThat(autumn.combined().agreedMinutes()).isEqualByComparingTo(String.valueOf(25 * 60));
    }

    @Test
    void aPublicHolidayExcludedByACalendarBelongsToTheRestWindow() {
        WindowDefinition a = new WindowDefinition("A", new BigDecimal("99.9"),
                List.of(new WeeklyTime(WEEKDAYS, LocalTime.of(7, 0), LocalTime.of(17, 0))), false, HolidayCalendarName.DENMARK);
        Interval ascensionWeek = new Interval(local("2026-05-11T00:00"), local("2026-05-18T00:00"));
        Availability availability = evaluate(ascensionWeek, withWindows(List.of(a, rest("B", "95"))), List.of(),
                List.of(), List.of());
        assertThat(availability.windows().get(0).agreedMinutes()).isEqualByComparingTo(String.valueOf(4 * 600));
        assertThat(availability.windows().get(1).agreedMinutes()).isEqualByComparingTo(String.valueOf(7 * 1440 - 4 * 600));
    }

    @Test
    void anSlaChangedMidPeriodIsAppliedAsEachVersionWasInForce() {
        SlaDefinition longer = withWindows(List.of(
                window("A", "99.5", new WeeklyTime(WEEKDAYS, LocalTime.of(6, 0), LocalTime.of(18, 0))), rest("B", "95.0")));
        Instant change = local("2026-06-15T00:00");
        Availability availability = CALCULATOR.evaluate(new EvaluationInput(FOUR_WEEKS,
                new VersionHistory(List.of(new DefinitionVersion(1, LONG_AGO, contract()), new DefinitionVersion(2, change, longer))),
                List.of(outage("INC-1", "2026-06-02T06:30", "2026-06-02T06:40"),
                        outage("INC-2", "2026-06-16T06:30", "2026-06-16T06:40")),
                List.of(), List.of(), NOW));
        WindowAvailability a = availability.windows().get(0);
        assertThat(a.agreedMinutes()).isEqualByComparingTo(String.valueOf(10 * 600 + 10 * 720));
        assertThat(a.targetPercent()).isEqualByComparingTo("99.5");
        assertThat(a.downtimeMinutes()).isEqualByComparingTo("10");
        assertThat(availability.versions()).extracting(Availability.AppliedVersion::version).containsExactly(1, 2);
        assertThat(availability.versions().get(1).from()).isEqualTo(change);
    }

    @Test
    void aPeriodBeforeTheFirstVersionCannotBeEvaluated() {
        EvaluationInput before = new EvaluationInput(FOUR_WEEKS,
                new VersionHistory(List.of(new DefinitionVersion(1, local("2026-07-01T00:00"), contract()))), List.of(), List.of(),
                List.of(), NOW);
        assertThatThrownBy(() -> CALCULATOR.evaluate(before)).isInstanceOf(NoDefinitionInForce.class);
    }

    private static Availability evaluate(Interval period, SlaDefinition definition, List<Outage> outages,
            List<AnnouncedServiceWindow> serviceWindows, List<MeasuredSlice> slices) {
        return CALCULATOR.evaluate(new EvaluationInput(period, versions(definition), outages, serviceWindows, slices, NOW));
    }

    private static VersionHistory versions(SlaDefinition definition) {
        return new VersionHistory(List.of(new DefinitionVersion(1, LONG_AGO, definition)));
    }

    private static Outage outage(String id, String start, String end) {
        return new Outage(id, 1, local(start), local(end));
    }

    private static AnnouncedServiceWindow serviceWindow(long id, String start, String end, String announced) {
        return new AnnouncedServiceWindow(id, local(start), local(end), local(announced));
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(COPENHAGEN).toInstant();
    }
}
