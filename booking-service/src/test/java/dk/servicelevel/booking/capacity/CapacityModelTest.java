package dk.servicelevel.booking.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CapacityModelTest {

    /** Table 2 of the contract annex (seed 002). */
    private static final CapacityInputs TABLE_2 = new CapacityInputs(60_000, 3, 12, new BigDecimal("0.50"),
            List.of(15, 25, 30, 30), 60, 6, new BigDecimal("0.40"), 4);

    @Test
    void reproducesTable1FromTheInputsOfTable2() {
        assertThat(CapacityModel.steps(TABLE_2))
                .extracting(CapacityStep::name, CapacityStep::testsInPeriod, CapacityStep::testDays, CapacityStep::testsPerDay,
                        CapacityStep::peakHourTests, CapacityStep::averageClicksPerSecond, CapacityStep::peakClicksPerSecond)
                .containsExactly(
                        tuple("2006", 180_000L, 15, 12_000L, 4_800L, 133L, 320L),
                        tuple("2007", 720_000L, 25, 28_800L, 11_520L, 320L, 768L),
                        tuple("scaling-1", 1_080_000L, 30, 36_000L, 14_400L, 400L, 960L),
                        tuple("scaling-2", 1_620_000L, 30, 54_000L, 21_600L, 600L, 1_440L));
    }

    @Test
    void anOperatorsChangedInputsChangeTheSteps() {
        CapacityInputs twiceTheClicks = new CapacityInputs(60_000, 3, 12, new BigDecimal("0.50"), List.of(15, 25, 30, 30), 60, 6,
                new BigDecimal("0.40"), 8);

        assertThat(CapacityModel.step(twiceTheClicks, "2007")).get()
                .extracting(CapacityStep::peakHourTests, CapacityStep::peakClicksPerSecond).containsExactly(11_520L, 1_536L);
        assertThat(CapacityModel.step(TABLE_2, "scaling-3")).isEmpty();
    }

    @Test
    void aPeakHourShareTooSmallForOneTestLeavesAStepWithoutSeats() {
        CapacityInputs noPeak = new CapacityInputs(60_000, 3, 12, BigDecimal.ZERO, List.of(15, 25, 30, 30), 60, 6,
                new BigDecimal("0.00001"), 4);

        assertThat(CapacityModel.stepWithoutPeakHourTests(noPeak)).get().extracting(CapacityStep::name).isEqualTo("2006");
        assertThat(CapacityModel.stepWithoutPeakHourTests(TABLE_2)).isEmpty();
    }
}
