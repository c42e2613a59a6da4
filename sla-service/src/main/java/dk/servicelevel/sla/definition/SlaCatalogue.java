package dk.servicelevel.sla.definition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;
import dk.servicelevel.rules.Violation;
import dk.servicelevel.sla.measurement.MeasurementConfig;
import dk.servicelevel.sla.measurement.MeasurementStore;
import dk.servicelevel.sla.system.ItSystemRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The SLA definitions and their versions. */
@ApplicationScoped
public class SlaCatalogue {

    /** An SLA with its versions, oldest first. */
    public record VersionedSla(Sla sla, List<SlaVersion> versions) {
    }

    private final SlaRepository slas;
    private final SlaVersionRepository versions;
    private final ItSystemRepository systems;
    private final MeasurementConfig measurements;
    private final MeasurementStore store;
    private final Clock clock;

    SlaCatalogue(SlaRepository slas, SlaVersionRepository versions, ItSystemRepository systems,
            MeasurementConfig measurements, MeasurementStore store, Clock clock) {
        this.slas = slas;
        this.versions = versions;
        this.systems = systems;
        this.measurements = measurements;
        this.store = store;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<VersionedSla> define(SlaRequest request, String author) {
        checkRules(request.definition());
        return systems.findById(request.systemCode())
                .onItem().ifNull().failWith(() -> new RuleViolationException("systemCode",
                        "is not in the systems catalogue: register the system first"))
                .chain(() -> slas.findById(request.id()))
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().failure(new StateConflictException(
                                "An SLA with the id " + request.id() + " is already defined"));
                    }
                    Sla sla = new Sla();
                    sla.id = request.id();
                    sla.name = request.name();
                    sla.systemCode = request.systemCode();
                    sla.layer = request.layer();
                    sla.createdAt = now();
                    sla.updatedAt = sla.createdAt;
                    SlaVersion first = version(sla.id, 1, request.validFrom().toInstant(), request.definition(), author, sla.createdAt);
                    return countedFrom(sla.systemCode, first).chain(() -> slas.persist(sla)).chain(() -> versions.persist(first))
                            .map(persisted -> new VersionedSla(sla, List.of(persisted)));
                });
    }

    @WithTransaction
    public Uni<VersionedSla> revise(String id, long expectedVersion, SlaRevisionRequest request, String author) {
        checkRules(request.definition());
        return load(id, LockModeType.PESSIMISTIC_WRITE).chain(current -> {
            StaleVersionException.check("The SLA " + id, current.sla().version, expectedVersion);
            SlaVersion latest = current.versions().get(current.versions().size() - 1);
            Instant validFrom = request.validFrom().toInstant();
            if (!validFrom.isAfter(latest.validFrom)) {
                throw new RuleViolationException("validFrom",
                        "must be after the latest version's validFrom " + latest.validFrom + ": history is not rewritten");
            }
            Instant recordedAt = now();
            String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
            if (validFrom.isBefore(recordedAt) && reason == null) {
                throw new RuleViolationException("reason",
                        "is needed when validFrom lies in the past: the revision changes periods already reported");
            }
            current.sla().name = request.name();
            current.sla().updatedAt = recordedAt;
            SlaVersion next = version(id, latest.number + 1, validFrom, request.definition(), author, recordedAt);
            next.reason = reason;
            return countedFrom(current.sla().systemCode, next).chain(() -> versions.persist(next)).map(persisted -> {
                List<SlaVersion> all = new ArrayList<>(current.versions());
                all.add(persisted);
                return new VersionedSla(current.sla(), List.copyOf(all));
            });
        }).call(() -> slas.flush());
    }

    @WithSession
    public Uni<VersionedSla> get(String id) {
        return load(id, LockModeType.NONE);
    }

    /** With a write lock, concurrent revisions of one SLA queue up, and all but the first see a stale version. */
    private Uni<VersionedSla> load(String id, LockModeType lock) {
        return slas.findById(id, lock)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No SLA has the id " + id))
                .chain(sla -> versions.of(id).map(all -> new VersionedSla(sla, all)));
    }

    /** Every SLA with its versions, by id. */
    @WithSession
    public Uni<List<VersionedSla>> allVersioned() {
        return slas.listAll(Sort.by("id")).chain(all -> versions.listAll(Sort.by("slaId", "number")).map(every -> {
            Map<String, List<SlaVersion>> bySla = every.stream().collect(Collectors.groupingBy(v -> v.slaId));
            return all.stream().map(sla -> new VersionedSla(sla, bySla.getOrDefault(sla.id, List.of()))).toList();
        }));
    }

    @WithSession
    public Uni<List<Sla>> all(String systemCode) {
        return slas.ofSystem(systemCode);
    }

    /**
     * Makes sure the version's threshold is counted from its validFrom: measurements are counted exactly against the
     * measurement threshold, and against any other from when an SLA of the system first names it.
     */
    private Uni<Void> countedFrom(String systemCode, SlaVersion version) {
        Duration threshold = version.definition.responseTime().threshold();
        if (threshold.equals(measurements.threshold())) {
            return Uni.createFrom().voidItem();
        }
        return store.countAgainst(systemCode, threshold.toMillis(), measurements.slice()).invoke(countedFrom -> countedFrom
                .filter(version.validFrom::isBefore)
                .ifPresent(from -> {
                    throw new RuleViolationException("definition.responseTime.threshold", "has been counted for the system's "
                            + "measurements since " + from + ", when an SLA first named it: a version using it may start then at the earliest");
                })).replaceWithVoid();
    }

    private void checkRules(SlaDefinition definition) {
        List<Violation> violations = DefinitionRules.impossibilities(definition, measurements.slice(), measurements.longestResponseTime()).stream()
                .map(v -> new Violation("definition." + v.field(), v.message())).toList();
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The SLA definition is impossible", violations);
        }
    }

    private static SlaVersion version(String slaId, int number, Instant validFrom, SlaDefinition definition, String author,
            Instant recordedAt) {
        SlaVersion version = new SlaVersion();
        version.slaId = slaId;
        version.number = number;
        version.validFrom = validFrom;
        version.definition = definition;
        version.createdAt = recordedAt;
        version.createdBy = author;
        return version;
    }

    private Instant now() {
        return clock.instant();
    }
}
