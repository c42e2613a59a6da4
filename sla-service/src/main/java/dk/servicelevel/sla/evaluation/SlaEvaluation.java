package dk.servicelevel.sla.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.sla.definition.Sla;
import dk.servicelevel.sla.definition.SlaCatalogue.VersionedSla;
import dk.servicelevel.sla.definition.SlaCatalogue;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.definition.SlaVersion;
import dk.servicelevel.sla.evaluation.Availability.AppliedVersion;
import dk.servicelevel.sla.evaluation.AvailabilityReport.LateRevision;
import dk.servicelevel.sla.evaluation.AvailabilityReport.VersionApplied;
import dk.servicelevel.sla.evaluation.SliceGrouping.CountedAt;
import dk.servicelevel.sla.incidents.IncidentRecords;
import dk.servicelevel.sla.measurement.LatencySummaries;
import dk.servicelevel.sla.measurement.MeasurementConfig;
import dk.servicelevel.sla.measurement.MeasurementStore.SliceCounts;
import dk.servicelevel.sla.measurement.MeasurementStore;
import dk.servicelevel.sla.measurement.UserClass;
import dk.servicelevel.sla.timeline.Interval;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Evaluates an SLA over a period from incident-service's records and the stored measurements. */
@ApplicationScoped
public class SlaEvaluation {

    private final SlaCatalogue catalogue;
    private final IncidentRecords incidents;
    private final MeasurementStore measurements;
    private final LatencySummaries latencySummaries;
    private final MeasurementConfig measurementConfig;
    private final AvailabilityCalculator calculator;
    private final Clock clock;

    SlaEvaluation(SlaCatalogue catalogue, IncidentRecords incidents, MeasurementStore measurements,
            LatencySummaries latencySummaries, MeasurementConfig measurementConfig, Clock clock) {
        this.catalogue = catalogue;
        this.incidents = incidents;
        this.measurements = measurements;
        this.latencySummaries = latencySummaries;
        this.measurementConfig = measurementConfig;
        this.clock = clock;
        this.calculator = new AvailabilityCalculator(new PublicHolidays());
    }

    public Uni<AvailabilityReport> evaluate(String slaId, EvaluationPeriod period) {
        return evaluateEach(slaId, List.of(period)).map(reports -> reports.get(0));
    }

    /**
     * Evaluates the SLA over each of the periods (the breach check's rolling period and burn-rate windows, say),
     * reading incident-service's records once, over the span of them all.
     */
    public Uni<List<AvailabilityReport>> evaluateEach(String slaId, List<EvaluationPeriod> periods) {
        return catalogue.get(slaId).chain(sla -> evaluateEach(sla, periods));
    }

    private Uni<List<AvailabilityReport>> evaluateEach(VersionedSla versioned, List<EvaluationPeriod> choices) {
        Sla sla = versioned.sla();
        VersionHistory history = VersionHistory.of(versioned);
        SlaDefinition latest = history.versions().get(history.versions().size() - 1).definition();
        List<Interval> periods = choices.stream().map(choice -> choice.in(latest.zone())).toList();
        Instant spanStart = periods.stream().map(Interval::start).min(Instant::compareTo).orElseThrow();
        Instant spanEnd = periods.stream().map(Interval::end).max(Instant::compareTo).orElseThrow();
        Instant now = clock.instant();
        Uni<List<Outage>> outages = incidents.outages(sla.systemCode, sla.layer, countedCategories(history),
                new Interval(spanStart.minus(longestMinimumOutage(history)), spanEnd))
                .map(records -> records.stream().map(r -> new Outage(r.incidentId(), r.category(), r.start(), r.end())).toList());
        Uni<List<AnnouncedServiceWindow>> serviceWindows = incidents.serviceWindows(sla.systemCode,
                new Interval(startOfMonth(spanStart, history.at(spanStart).zone()), spanEnd))
                .map(records -> records.stream()
                        .map(r -> new AnnouncedServiceWindow(r.id(), r.startAt(), r.endAt(), r.announcedAt())).toList());
        return Uni.combine().all().unis(outages, serviceWindows).asTuple()
                .chain(records -> Multi.createFrom().iterable(periods)
                        .onItem().transformToUniAndConcatenate(period -> evaluate(versioned, history, latest, period,
                                new IncidentRecordsRead(records.getItem1(), records.getItem2()), now))
                        .collect().asList());
    }

    /** incident-service's records over the span of the periods evaluated. */
    private record IncidentRecordsRead(List<Outage> outages, List<AnnouncedServiceWindow> serviceWindows) {
    }

    private Uni<AvailabilityReport> evaluate(VersionedSla versioned, VersionHistory history, SlaDefinition latest, Interval period,
            IncidentRecordsRead records, Instant now) {
        Sla sla = versioned.sla();
        Uni<Map<CountedAt, List<SliceCounts>>> guaranteed = guaranteedCounts(sla.systemCode, history, period);
        Uni<List<MeasurementStore.ClassSummary>> summaries = latencySummaries.of(sla.systemCode, period.start(),
                period.end(), latest.zone(), measurementConfig.longestResponseTime().toMillis());
        return Uni.combine().all().unis(guaranteed, summaries).with((g, s) -> {
            Availability availability = calculator.evaluate(new EvaluationInput(period, history, records.outages(),
                    records.serviceWindows(), SliceGrouping.slices(history, g), now));
            return new AvailabilityReport(sla.id, sla.systemCode, sla.layer, latest.zone(), period.start(), period.end(),
                    now, applied(availability.versions(), versioned.versions()), availability.windows(), availability.combined(),
                    ResponseTimes.of(measurementConfig.threshold(), s));
        });
    }

    /** The versions applied, each late revision among them with who recorded it, when and why. */
    private static List<VersionApplied> applied(List<AppliedVersion> applied, List<SlaVersion> versions) {
        Map<Integer, SlaVersion> byNumber = versions.stream().collect(Collectors.toMap(v -> v.number, v -> v));
        return applied.stream().map(a -> {
            SlaVersion version = byNumber.get(a.version());
            LateRevision late = version.isLate() ? new LateRevision(version.createdAt, version.createdBy, version.reason) : null;
            return new VersionApplied(a.version(), a.from(), a.to(), late);
        }).toList();
    }

    private Uni<Map<CountedAt, List<SliceCounts>>> guaranteedCounts(String system, VersionHistory history, Interval period) {
        Set<CountedAt> rules = new HashSet<>();
        history.versions().forEach(v -> rules.add(CountedAt.of(v.definition().responseTime())));
        Map<CountedAt, List<SliceCounts>> byRule = new HashMap<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (CountedAt rule : rules) {
            all = all.chain(() -> guaranteedCounts(system, rule, period).invoke(counts -> byRule.put(rule, counts)).replaceWithVoid());
        }
        return all.replaceWith(byRule);
    }

    private Uni<List<SliceCounts>> guaranteedCounts(String system, CountedAt rule, Interval period) {
        if (rule.threshold().equals(measurementConfig.threshold())) {
            return measurements.counts(system, rule.measuredAt(), UserClass.GUARANTEED, period.start(), period.end());
        }
        return measurements.countsWithin(system, rule.measuredAt(), UserClass.GUARANTEED, rule.threshold().toMillis(),
                period.start(), period.end());
    }

    private static Set<Integer> countedCategories(VersionHistory history) {
        Set<Integer> categories = new HashSet<>();
        history.versions().forEach(v -> categories.addAll(v.definition().countedCategories()));
        return categories;
    }

    private static Duration longestMinimumOutage(VersionHistory history) {
        return history.versions().stream().map(v -> v.definition().minimumOutage()).max(Duration::compareTo).orElseThrow();
    }

    private static Instant startOfMonth(Instant instant, ZoneId zone) {
        return YearMonth.from(instant.atZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
    }
}
