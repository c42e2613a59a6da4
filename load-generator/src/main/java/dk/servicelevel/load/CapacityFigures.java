package dk.servicelevel.load;

/**
 * One capacity step of seed 002's table 1 with the inputs of table 2 the load needs, as booking-service computes
 * them ({@code GET /api/v1/capacity/steps} and {@code /model}).
 */
public record CapacityFigures(String step, long testsPerDay, long peakHourTests, int clicksPerMinute, double peakHourShare,
        int slotsPerDay) {

    public CapacityFigures {
        if (testsPerDay < 1 || peakHourTests < 1 || clicksPerMinute < 1 || slotsPerDay < 2
                || !(peakHourShare > 0 && peakHourShare < 1)) {
            throw new IllegalArgumentException("The capacity step " + step + " has no load to play: " + this);
        }
    }
}
