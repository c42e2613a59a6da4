package dk.servicelevel.incident.change;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.incident.system.SystemCatalogue;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.UnknownRecordException;
import dk.servicelevel.rules.Violation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The changes made to the systems in operation. */
@ApplicationScoped
public class ChangeLog {

    private final ChangeRepository changes;
    private final SystemCatalogue systems;
    private final Clock clock;

    ChangeLog(ChangeRepository changes, SystemCatalogue systems, Clock clock) {
        this.changes = changes;
        this.systems = systems;
        this.clock = clock;
    }

    public Uni<SystemChange> announce(ChangeRequest request, String announcedBy) {
        return systems.requireKnown(request.systemCode()).chain(() -> Panache.withTransaction(() -> {
            SystemChange change = new SystemChange();
            change.announcedBy = announcedBy;
            apply(change, request);
            return changes.persist(change);
        }));
    }

    /** A change keeps the system it was announced for unchecked, so a system since gone from the catalogue does not lock it. */
    @WithTransaction
    public Uni<SystemChange> update(long id, long expectedVersion, ChangeRequest request) {
        return get(id).call(change -> {
            StaleVersionException.check("The change " + id, change.version, expectedVersion);
            return change.systemCode.equals(request.systemCode()) ? Uni.createFrom().voidItem() : systems.requireKnown(request.systemCode());
        }).invoke(change -> apply(change, request));
    }

    @WithSession
    public Uni<SystemChange> get(long id) {
        return changes.findById(id)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No change has the id " + id));
    }

    @WithSession
    public Uni<List<SystemChange>> overlapping(String systemCode, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Uni.createFrom().failure(new RuleViolationException("to", "The period must end after it starts"));
        }
        return changes.overlapping(systemCode, from, to);
    }

    private void apply(SystemChange change, ChangeRequest request) {
        change.systemCode = request.systemCode();
        change.kind = request.kind();
        change.title = request.title();
        change.plannedStartAt = request.plannedStartAt().toInstant();
        change.plannedEndAt = request.plannedEndAt().toInstant();
        change.actualStartAt = instant(request.actualStartAt());
        change.actualEndAt = instant(request.actualEndAt());
        change.withDowntime = request.withDowntime();
        change.announcedAt = request.announcedAt().toInstant();
        change.result = request.result();
        change.resultNote = request.resultNote();
        List<Violation> violations = change.times().impossibilities(clock.instant());
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The change's times are impossible", violations);
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
