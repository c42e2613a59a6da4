package dk.servicelevel.load;

import java.time.Duration;

/**
 * The load of a test day at a capacity step times a multiple (seed 002, section 3): the tests running in the peak
 * hour, each clicking {@code clicksPerMinute} times a minute; the booking rush, in which the classes of a test day
 * book their slots as the booking period opens, the peak hour wanted by its share of the day; the measurements of
 * every click sent on to sla-service; and the ministry fetching reports.
 */
public record TestDayLoad(CapacityFigures figures, double multiple, int classSize, double reportsPerMinute) {

    /** The slot the peak hour's share of classes wants: 09:00, the second of the day. */
    static final int PEAK_SLOT = 1;
    private static final double SECONDS_PER_MINUTE = 60;

    public TestDayLoad {
        if (!(multiple > 0) || classSize < 1 || reportsPerMinute < 0) {
            throw new IllegalArgumentException("A load needs a positive multiple and class size, was " + multiple + " and " + classSize);
        }
    }

    /** Tests running at once in the peak hour. */
    public long tests() {
        return Math.round(figures.peakHourTests() * multiple);
    }

    /** Clicks a second of the running tests: 1,440 at scaling step 2 (table 1). */
    public double clicksPerSecond() {
        return tests() * figures.clicksPerMinute() / SECONDS_PER_MINUTE;
    }

    /** The classes that book a test day's tests in the rush. */
    public int rushClasses() {
        return (int) Math.ceil(figures.testsPerDay() * multiple / classSize);
    }

    /** The slot of the day the class with this index asks for: the peak hour's share ask for the peak slot. */
    public int rushSlot(int classIndex) {
        int classes = rushClasses();
        double position = (classIndex + 0.5) / classes;
        if (position < figures.peakHourShare()) {
            return PEAK_SLOT;
        }
        int other = classIndex % (figures.slotsPerDay() - 1);
        return other < PEAK_SLOT ? other : other + 1;
    }

    /** Samples in one batch of measurements, sent once an interval, so that every click is measured once. */
    public int samplesPerBatch(Duration interval) {
        return (int) Math.max(1, Math.round(clicksPerSecond() * interval.toMillis() / 1000.0));
    }

    /** Report fetches a second by the ministry, whose staff do not grow with the load. */
    public double reportsPerSecond() {
        return reportsPerMinute / SECONDS_PER_MINUTE;
    }
}
