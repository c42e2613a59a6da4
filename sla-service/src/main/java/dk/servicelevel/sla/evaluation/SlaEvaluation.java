package dk.servicelevel.sla.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.sla.definition.Sla;
import dk.servicelevel.sla.definition.SlaCatalogue;
import dk.servicelevel.sla.definition.SlaCatalogue.VersionedSla;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.incidents.IncidentRecords;
import dk.servicelevel.sla.measurement.MeasuredInterface;
import dk.servicelevel.sla.measurement.MeasurementConfig;
import dk.servicelevel.sla.measurement.MeasurementStore;
import dk.servicelevel.sla.measurement.MeasurementStore.SliceCounts;
import dk.servicelevel.sla.measurement.UserClass;
import dk.servicelevel.sla.timeline.Interval;
import io.smallrye.mutiny.Uni;

/** Evaluates an SLA over a period from incident-service's records and the stored measurements. */
@ApplicationScoped
public class SlaEvaluation {

    private final SlaCatalogue catalogue;
    private final IncidentRecords incidents;
    private final MeasurementStore measurements;
    private final MeasurementConfig measurementConfig;
    private final AvailabilityCalculator calculator;
    private final Clock clock;

    SlaEvaluation(SlaCatalogue catalogue, IncidentRecords incidents, MeasurementStore measurements,
            MeasurementConfig measurementConfig, Clock clock) {
        this.catalogue = catalogue;
        this.incidents = incidents;
        this.measurements = measurements;
        this.measurementConfig = measurementConfig;
        this.clock = clock;
        this.calculator = new AvailabilityCalculator(new PublicHolidays());
    }

    public Uni<AvailabilityReport> evaluate(String slaId, EvaluationPeriod period) {
        return catalogue.get(slaId).chain(sla -> evaluate(sla, period));
    }

    private Uni<AvailabilityReport> evaluate(VersionedSla versioned, EvaluationPeriod choice) {
        Sla sla = versioned.sla();
        VersionHistory history = new VersionHistory(versioned.versions().stream()
                .map(v -> new DefinitionVersion(v.number, v.validFrom, v.definition)).toList());
        SlaDefinition latest = history.versions().get(history.versions().size() - 1).definition();
        Interval period = choice.in(latest.zone());
        Instant now = clock.instant();
        Uni<List<Outage>> outages = incidents.outages(sla.systemCode, sla.layer, countedCategories(history),
                new Interval(period.start().minus(longestMinimumOutage(history)), period.end()));
        Uni<List<AnnouncedServiceWindow>> serviceWindows = incidents.serviceWindows(sla.systemCode,
                new Interval(startOfMonth(period.start(), history.at(period.start()).zone()), period.end()));
        Uni<Map<MeasuredInterface, List<SliceCounts>>> guaranteed = guaranteedCounts(sla.systemCode, history, period);
        Uni<List<MeasurementStore.ClassSummary>> summaries = measurements.summaries(sla.systemCode, period.start(),
                period.end(), measurementConfig.longestResponseTime().toMillis());
        return Uni.combine().all().unis(outages, serviceWindows, guaranteed, summaries).with((o, w, g, s) -> {
            Availability availability = calculator.evaluate(new EvaluationInput(period, history, o, w,
                    SliceGrouping.slices(history, g), now));
            return new AvailabilityReport(sla.id, sla.systemCode, sla.layer, latest.zone(), period.start(), period.end(),
                    now, availability.versions(), availability.windows(), availability.combined(),
                    ResponseTimes.of(measurementConfig.threshold(), s));
        });
    }

    private Uni<Map<MeasuredInterface, List<SliceCounts>>> guaranteedCounts(String system, VersionHistory history, Interval period) {
        Set<MeasuredInterface> interfaces = new HashSet<>();
        history.versions().forEach(v -> interfaces.add(v.definition().responseTime().measuredAt()));
        Map<MeasuredInterface, List<SliceCounts>> byInterface = new EnumMap<>(MeasuredInterface.class);
        Uni<Void> all = Uni.createFrom().voidItem();
        for (MeasuredInterface measuredAt : interfaces) {
            all = all.chain(() -> measurements.counts(system, measuredAt, UserClass.GUARANTEED, period.start(), period.end())
                    .invoke(counts -> byInterface.put(measuredAt, counts)).replaceWithVoid());
        }
        return all.replaceWith(byInterface);
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
