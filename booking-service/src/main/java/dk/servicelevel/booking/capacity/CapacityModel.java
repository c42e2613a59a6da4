package dk.servicelevel.booking.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The four-step capacity model of seed 002, section 3: the 2006 and 2007 steps from the tests per pupil, each
 * scaling step the step before grown by the scale factor; per step the tests a day, in the peak hour, and the clicks
 * a second on average and in the peak hour.
 */
public final class CapacityModel {

    public static final List<String> STEP_NAMES = List.of("2006", "2007", "scaling-1", "scaling-2");
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600);

    private CapacityModel() {
    }

    public static List<CapacityStep> steps(CapacityInputs inputs) {
        BigDecimal cohort = BigDecimal.valueOf(inputs.pupilsPerCohort());
        BigDecimal growth = BigDecimal.ONE.add(inputs.scaleFactor());
        List<BigDecimal> tests = new ArrayList<>();
        tests.add(cohort.multiply(BigDecimal.valueOf(inputs.testsPerPupil2006())));
        tests.add(cohort.multiply(BigDecimal.valueOf(inputs.testsPerPupil2007())));
        tests.add(tests.get(1).multiply(growth));
        tests.add(tests.get(2).multiply(growth));
        List<CapacityStep> steps = new ArrayList<>();
        for (int i = 0; i < STEP_NAMES.size(); i++) {
            steps.add(step(STEP_NAMES.get(i), tests.get(i), inputs.testDays().get(i), inputs));
        }
        return steps;
    }

    /** The first step whose peak hour would hold no test: with it, no slot has a seat and no share of it can be taken. */
    public static Optional<CapacityStep> stepWithoutPeakHourTests(CapacityInputs inputs) {
        return steps(inputs).stream().filter(step -> step.peakHourTests() < 1).findFirst();
    }

    public static Optional<CapacityStep> step(CapacityInputs inputs, String name) {
        return steps(inputs).stream().filter(step -> step.name().equals(name)).findFirst();
    }

    private static CapacityStep step(String name, BigDecimal testsInPeriod, int testDays, CapacityInputs inputs) {
        BigDecimal perDay = testsInPeriod.divide(BigDecimal.valueOf(testDays), 6, RoundingMode.HALF_UP);
        BigDecimal peakHour = perDay.multiply(inputs.peakHourShare());
        // "Klik 4 pr minut" over a test of 60 minutes: 240 clicks a test
        BigDecimal clicksPerTest = BigDecimal.valueOf((long) inputs.clicksPerMinute() * inputs.testLengthMinutes());
        BigDecimal secondsPerDay = SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(inputs.testHoursPerDay()));
        return new CapacityStep(name, whole(testsInPeriod), testDays, whole(perDay), whole(peakHour),
                whole(perDay.multiply(clicksPerTest).divide(secondsPerDay, 6, RoundingMode.HALF_UP)),
                whole(peakHour.multiply(clicksPerTest).divide(SECONDS_PER_HOUR, 6, RoundingMode.HALF_UP)));
    }

    private static long whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
