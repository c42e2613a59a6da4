package dk.servicelevel.sla.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.HdrHistogram.Histogram;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.sla.measurement.MeasuredInterface;
import dk.servicelevel.sla.measurement.MeasurementStore.ClassSummary;
import dk.servicelevel.sla.measurement.UserClass;

@Schema(description = "Response times in the period per interface and class, and the infrastructure's share (seed 002, Krav 15)")
public record ResponseTimes(
        @Schema(example = "PT3S") Duration threshold,
        List<Figures> byInterfaceAndClass,
        @Schema(description = "Mean at interface A minus mean at B; absent without measurements at both") InfrastructureShare infrastructureShare) {

    private static final int SHARE_SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Schema(description = "The operations of one interface and class")
    public record Figures(MeasuredInterface measuredAt, UserClass userClass, long operations, long errors,
            @Schema(description = "Operations that succeeded within the threshold, of all", example = "97.31") BigDecimal shareWithinThresholdPercent,
            long p50Ms, long p95Ms, long p99Ms) {
    }

    @Schema(description = "How much of the users' response time the infrastructure adds")
    public record InfrastructureShare(BigDecimal meanAtAMs, BigDecimal meanAtBMs, BigDecimal infrastructureMs,
            BigDecimal infrastructurePercent) {
    }

    public static ResponseTimes of(Duration threshold, List<ClassSummary> summaries) {
        List<Figures> figures = summaries.stream()
                .sorted(Comparator.comparing(ClassSummary::measuredAt).thenComparing(ClassSummary::userClass))
                .map(ResponseTimes::figures).toList();
        return new ResponseTimes(threshold, figures, infrastructureShare(summaries).orElse(null));
    }

    private static Figures figures(ClassSummary summary) {
        Histogram latency = summary.summary().latency();
        long operations = summary.summary().operations();
        BigDecimal share = operations == 0 ? HUNDRED : BigDecimal.valueOf(summary.summary().withinThreshold())
                .multiply(HUNDRED).divide(BigDecimal.valueOf(operations), SHARE_SCALE, RoundingMode.DOWN);
        return new Figures(summary.measuredAt(), summary.userClass(), operations, summary.summary().errors(), share,
                latency.getValueAtPercentile(50), latency.getValueAtPercentile(95), latency.getValueAtPercentile(99));
    }

    private static Optional<InfrastructureShare> infrastructureShare(List<ClassSummary> summaries) {
        Optional<Histogram> a = merged(summaries, MeasuredInterface.A);
        Optional<Histogram> b = merged(summaries, MeasuredInterface.B);
        if (a.isEmpty() || b.isEmpty() || a.get().getMean() == 0) {
            return Optional.empty();
        }
        BigDecimal meanA = mean(a.get());
        BigDecimal meanB = mean(b.get());
        BigDecimal infrastructure = meanA.subtract(meanB);
        return Optional.of(new InfrastructureShare(meanA, meanB, infrastructure,
                infrastructure.multiply(HUNDRED).divide(meanA, SHARE_SCALE, RoundingMode.HALF_UP)));
    }

    private static Optional<Histogram> merged(List<ClassSummary> summaries, MeasuredInterface measuredAt) {
        return summaries.stream().filter(s -> s.measuredAt() == measuredAt && s.summary().latency().getTotalCount() > 0)
                .map(s -> s.summary().latency().copy())
                .reduce((x, y) -> {
                    x.add(y);
                    return x;
                });
    }

    private static BigDecimal mean(Histogram histogram) {
        return BigDecimal.valueOf(histogram.getMean()).setScale(SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
