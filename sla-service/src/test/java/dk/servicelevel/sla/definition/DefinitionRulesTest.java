package dk.servicelevel.sla.definition;

import static dk.servicelevel.sla.definition.ContractDefinitions.WEEKDAYS;
import static dk.servicelevel.sla.definition.ContractDefinitions.contract;
import static dk.servicelevel.sla.definition.ContractDefinitions.rest;
import static dk.servicelevel.sla.definition.ContractDefinitions.window;
import static dk.servicelevel.sla.definition.ContractDefinitions.withWindows;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.servicelevel.rules.Violation;

class DefinitionRulesTest {

    private static final Duration MEASUREMENT_SLICE = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    @Test
    void theContractsDefinitionIsPossible() {
        assertThat(DefinitionRules.impossibilities(contract(), MEASUREMENT_SLICE, LONGEST)).isEmpty();
    }

    @Test
    void windowsThatOverlapOnADayAreRejected() {
        SlaDefinition overlapping = withWindows(List.of(
                window("A", "99.9", new WeeklyTime(WEEKDAYS, LocalTime.of(7, 0), LocalTime.of(17, 0))),
                window("EVENING", "98", new WeeklyTime(Set.of(DayOfWeek.FRIDAY), LocalTime.of(16, 0), LocalTime.MIDNIGHT))));
        assertThat(DefinitionRules.impossibilities(overlapping, MEASUREMENT_SLICE, LONGEST))
                .containsExactly(new Violation("windows[1].schedule", "overlaps window A on FRIDAY"));
    }

    @Test
    void windowsThatTouchDoNotOverlap() {
        SlaDefinition touching = withWindows(List.of(
                window("A", "99.9", new WeeklyTime(WEEKDAYS, LocalTime.of(7, 0), LocalTime.of(17, 0))),
                window("EVENING", "98", new WeeklyTime(WEEKDAYS, LocalTime.of(17, 0), LocalTime.MIDNIGHT))));
        assertThat(DefinitionRules.impossibilities(touching, MEASUREMENT_SLICE, LONGEST)).isEmpty();
    }

    @Test
    void onlyOneRestWindowAndEveryOtherWindowHasTimes() {
        SlaDefinition twoRests = withWindows(List.of(rest("B", "95"), rest("C", "90"),
                window("A", "99", new WeeklyTime(WEEKDAYS, LocalTime.of(17, 0), LocalTime.of(7, 0)))));
        assertThat(DefinitionRules.impossibilities(twoRests, MEASUREMENT_SLICE, LONGEST)).extracting(Violation::field)
                .containsExactly("windows[2].schedule[0].to", "windows");
        SlaDefinition empty = withWindows(List.of(window("A", "99")));
        assertThat(DefinitionRules.impossibilities(empty, MEASUREMENT_SLICE, LONGEST)).extracting(Violation::field)
                .containsExactly("windows[0].schedule");
    }

    @Test
    void theTimeSliceTilesADayInWholeMeasurementSlices() {
        SlaDefinition contract = contract();
        SlaDefinition sevenMinutes = new SlaDefinition(contract.zone(), contract.windows(), contract.minimumOutage(),
                Duration.ofMinutes(7), contract.responseTime(), contract.countedCategories(), contract.serviceWindowAllowance());
        assertThat(DefinitionRules.impossibilities(sevenMinutes, MEASUREMENT_SLICE, LONGEST)).extracting(Violation::field)
                .containsExactly("timeSlice");
        assertThat(DefinitionRules.impossibilities(contract, Duration.ofMinutes(2), LONGEST)).extracting(Violation::field)
                .containsExactly("timeSlice");
    }

    @Test
    void aThresholdIsWholeMillisecondsUpToTheLongestResponseTimeMeasured() {
        assertThat(DefinitionRules.impossibilities(withThreshold(Duration.ofMillis(2500)), MEASUREMENT_SLICE, LONGEST)).isEmpty();
        for (Duration impossible : List.of(Duration.ZERO, Duration.ofMillis(-1), Duration.ofNanos(2_000_500_000), Duration.ofHours(2))) {
            assertThat(DefinitionRules.impossibilities(withThreshold(impossible), MEASUREMENT_SLICE, LONGEST))
                    .extracting(Violation::field).as(impossible.toString()).containsExactly("responseTime.threshold");
        }
    }

    private static SlaDefinition withThreshold(Duration threshold) {
        SlaDefinition contract = contract();
        ResponseTimeRule rule = contract.responseTime();
        return new SlaDefinition(contract.zone(), contract.windows(), contract.minimumOutage(), contract.timeSlice(),
                new ResponseTimeRule(rule.measuredAt(), threshold, rule.sharePercent()), contract.countedCategories(),
                contract.serviceWindowAllowance());
    }
}
