package dk.servicelevel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TestDayLoadTest {

    /** Scaling step 2 of seed 002's table 1 with table 2's inputs: 6 one-hour slots a day, 40 % in the peak hour. */
    private static final CapacityFigures SCALING_2 = new CapacityFigures("scaling-2", 54_000, 21_600, 4, 0.40, 6);

    @Test
    void theStepsPeakHourClicksOnceEveryFifteenSecondsPerTest() {
        TestDayLoad load = new TestDayLoad(SCALING_2, 1, 24, 6);

        assertThat(load.tests()).isEqualTo(21_600);
        assertThat(load.clicksPerSecond()).isEqualTo(1_440.0);
        assertThat(new TestDayLoad(SCALING_2, 0.5, 24, 6).clicksPerSecond()).isEqualTo(720.0);
        assertThat(new TestDayLoad(SCALING_2, 2, 24, 6).clicksPerSecond()).isEqualTo(2_880.0);
    }

    @Test
    void theRushBooksADaysTestsInClassesAndThePeakHourWantsItsShareOfThem() {
        TestDayLoad load = new TestDayLoad(SCALING_2, 1, 24, 6);

        assertThat(load.rushClasses()).isEqualTo(2_250);
        Map<Integer, Long> classesPerSlot = IntStream.range(0, load.rushClasses()).boxed()
                .collect(Collectors.groupingBy(load::rushSlot, Collectors.counting()));
        assertThat(classesPerSlot).containsOnlyKeys(0, 1, 2, 3, 4, 5);
        assertThat(classesPerSlot.get(TestDayLoad.PEAK_SLOT)).isEqualTo(900);
        assertThat(classesPerSlot.entrySet().stream().filter(e -> e.getKey() != TestDayLoad.PEAK_SLOT).map(Map.Entry::getValue))
                .allSatisfy(classes -> assertThat(classes).isBetween(269L, 271L));
        assertThat(new TestDayLoad(SCALING_2, 1, 25, 6).rushClasses()).isEqualTo(2_160);
    }

    @Test
    void everyClickIsMeasuredOnceInTheFeedsBatches() {
        TestDayLoad load = new TestDayLoad(SCALING_2, 0.25, 24, 6);

        assertThat(load.samplesPerBatch(Duration.ofSeconds(5))).isEqualTo(1_800);
        assertThat(new TestDayLoad(SCALING_2, 1e-6, 24, 6).samplesPerBatch(Duration.ofSeconds(5))).isEqualTo(1);
    }

    @Test
    void theMinistrysReportsDoNotGrowWithTheSchoolsLoad() {
        Function<Double, Double> reportsAt = multiple -> new TestDayLoad(SCALING_2, multiple, 24, 6).reportsPerSecond();

        assertThat(reportsAt.apply(0.1)).isEqualTo(0.1).isEqualTo(reportsAt.apply(4.0));
    }

    @Test
    void aLoadWithoutAMultipleOrClassSizeIsRefused() {
        assertThatThrownBy(() -> new TestDayLoad(SCALING_2, 0, 24, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TestDayLoad(SCALING_2, 1, 0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapacityFigures("empty", 0, 0, 4, 0.4, 6)).hasMessageContaining("empty");
    }
}
