package dk.servicelevel.incident.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.incident.system.SystemCatalogue;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The fault log: registering incidents, changing them under the rules, and finding them again. */
@ApplicationScoped
public class FaultLog {

    private static final String NUMBER_FORMAT = "INC-%d-%06d";

    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final SystemCatalogue systems;
    private final ResponseDeadlines deadlines;
    private final IncidentConfig config;
    private final Clock clock;

    FaultLog(IncidentRepository incidents, TimelineRepository timeline, SystemCatalogue systems, IncidentConfig config, Clock clock) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.systems = systems;
        this.config = config;
        this.deadlines = config.responseDeadlines();
        this.clock = clock;
    }

    public record WithTimeline(Incident incident, List<TimelineEntry> timeline) {
    }

    public Uni<Incident> register(IncidentRequest request, String author) {
        return systems.requireKnown(request.systemCode()).chain(() -> Panache.withTransaction(() -> store(request, author)));
    }

    private Uni<Incident> store(IncidentRequest request, String author) {
        Instant now = clock.instant();
        Incident incident = new Incident();
        incident.state = IncidentState.REGISTERED;
        incident.rcaStatus = RcaStatus.NOT_STARTED;
        incident.registeredAt = now;
        incident.registeredBy = author;
        apply(incident, request, now);
        if (incident.isMajor() && incident.majorIncidentManager == null) {
            incident.majorIncidentManager = author;
        }
        return incidents.nextNumber().flatMap(sequence -> {
            incident.number = NUMBER_FORMAT.formatted(now.atOffset(ZoneOffset.UTC).getYear(), sequence);
            return incidents.persist(incident);
        }).call(saved -> append(saved, author, TimelineKind.REGISTERED, "Registered: " + saved.title));
    }

    @WithTransaction
    public Uni<Incident> update(String number, long expectedVersion, IncidentRequest request, String author) {
        return find(number).call(incident -> revise(incident, expectedVersion, request, author));
    }

    private Uni<Void> revise(Incident incident, long expectedVersion, IncidentRequest request, String author) {
        StaleVersionException.check("The incident " + incident.number, incident.version, expectedVersion);
        Uni<Void> known = incident.systemCode.equals(request.systemCode()) ? Uni.createFrom().voidItem()
                : systems.requireKnown(request.systemCode());
        return known.chain(() -> {
            int formerCategory = incident.category;
            if (formerCategory != request.category() && incident.state.isResolved() && isBlank(request.reason())) {
                throw new RuleViolationException("reason",
                        "The category of a resolved incident changes only with a reason for the timeline");
            }
            apply(incident, request, clock.instant());
            Uni<Void> entries = append(incident, author, TimelineKind.UPDATED, "Updated");
            if (formerCategory != incident.category) {
                String why = isBlank(request.reason()) ? "" : ": " + request.reason();
                entries = entries.chain(() -> append(incident, author, TimelineKind.CATEGORY_CHANGED,
                        "Category " + formerCategory + " → " + incident.category + why));
            }
            return entries;
        });
    }

    @WithTransaction
    public Uni<Incident> transition(String number, long expectedVersion, TransitionRequest request, String author) {
        return find(number).call(incident -> {
            StaleVersionException.check("The incident " + number, incident.version, expectedVersion);
            return move(incident, request, author);
        });
    }

    private Uni<Void> move(Incident incident, TransitionRequest request, String author) {
        IncidentState from = incident.state;
        IncidentState to = request.state();
        if (!from.mayMoveTo(to)) {
            throw new StateConflictException("An incident that is " + from + " cannot become " + to);
        }
        String text = from + " → " + to;
        if (from.isReopening(to)) {
            text += " (reopened; it had been restored at " + incident.restoredAt + ")";
            incident.restoredAt = null;
            incident.closedAt = null;
        } else if (to.isResolved() && incident.restoredAt == null) {
            throw new RuleViolationException("restoredAt", "Set restoredAt before the incident is resolved");
        }
        if (to == IncidentState.CLOSED) {
            incident.closedAt = clock.instant();
        }
        incident.state = to;
        String note = isBlank(request.note()) ? "" : ": " + request.note();
        return append(incident, author, TimelineKind.STATE_CHANGED, text + note);
    }

    /**
     * Records how an incident was resolved and moves it to RESOLVED in one transaction, so that a move the rules refuse
     * leaves the incident as it was.
     */
    @WithTransaction
    public Uni<Incident> resolve(String number, long expectedVersion, Function<Incident, IncidentRequest> resolution, String note,
            String author) {
        return find(number).call(incident -> revise(incident, expectedVersion, resolution.apply(incident), author))
                .call(incident -> move(incident, new TransitionRequest(IncidentState.RESOLVED, note), author));
    }

    @WithTransaction
    public Uni<Incident> addNote(String number, String text, String author) {
        return find(number).call(incident -> append(incident, author, TimelineKind.NOTE, text));
    }

    @WithSession
    public Uni<WithTimeline> get(String number) {
        return find(number).flatMap(incident -> timeline.of(incident).map(entries -> new WithTimeline(incident, entries)));
    }

    /** Every incident not yet resolved, newest first: the operators' work. */
    @WithSession
    public Uni<List<Incident>> unresolved() {
        return incidents.unresolved();
    }

    @WithSession
    public Uni<List<Incident>> search(FaultLogFilter filter, String before, int limit) {
        int pageSize = Math.min(limit, config.maxPageSize());
        if (before == null) {
            return incidents.search(filter, null, pageSize, clock.instant());
        }
        return incidents.findByNumber(before)
                .onItem().ifNull().failWith(() -> new RuleViolationException("before", "names no incident: pass the 'next' of the previous page"))
                .flatMap(cursor -> incidents.search(filter, cursor.id, pageSize, clock.instant()));
    }

    private Uni<Incident> find(String number) {
        return incidents.findByNumber(number)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No incident has the id " + number));
    }

    private Uni<Void> append(Incident incident, String author, TimelineKind kind, String text) {
        return timeline.persist(TimelineEntry.of(incident, clock.instant(), author, kind, text)).replaceWithVoid();
    }

    private void apply(Incident incident, IncidentRequest request, Instant now) {
        incident.systemCode = request.systemCode();
        incident.layer = request.layer();
        incident.environment = request.environment();
        incident.category = request.category();
        incident.statusColour = request.statusColour();
        incident.occurredAt = instant(request.occurredAt());
        incident.detectedAt = instant(request.detectedAt());
        incident.reportedAt = instant(request.reportedAt());
        incident.acknowledgedAt = instant(request.acknowledgedAt());
        incident.restoredAt = instant(request.restoredAt());
        incident.title = request.title();
        incident.description = request.description();
        incident.userImpact = request.userImpact();
        incident.affectedSharePercent = request.affectedSharePercent();
        incident.cause = request.cause();
        incident.handling = request.handling();
        incident.remedyPlan = request.remedyPlan() == null ? List.of() : List.copyOf(request.remedyPlan());
        incident.rcaStatus = Objects.requireNonNullElse(request.rcaStatus(), incident.rcaStatus);
        incident.rcaText = request.rcaText();
        if (request.majorIncidentManager() != null) {
            incident.majorIncidentManager = request.majorIncidentManager();
        }
        IncidentTimes times = incident.times();
        var impossible = times.impossibilities(now);
        if (!impossible.isEmpty()) {
            throw new RuleViolationException("The incident's instants are in an impossible order", impossible);
        }
        incident.knownAt = times.knownAt().orElseThrow();
        deadlines.dueTimes(incident.category, incident.knownAt).ifPresent(due -> {
            incident.acknowledgeDueAt = due.acknowledgeBy();
            incident.restoreDueAt = due.restoreBy();
        });
        if (incident.state.isResolved() && incident.restoredAt == null) {
            throw new RuleViolationException("restoredAt", "A resolved incident keeps its restoredAt");
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
