package dk.servicelevel.sla.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The systems catalogue: registering systems and keeping their descriptions. */
@ApplicationScoped
public class SystemCatalogue {

    private final ItSystemRepository systems;
    private final Clock clock;
    /** Codes found registered: a system is never removed, so a code once found needs no second look. */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    SystemCatalogue(ItSystemRepository systems, Clock clock) {
        this.systems = systems;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<ItSystem>> all() {
        return systems.listAll(Sort.by("code"));
    }

    @WithSession
    public Uni<ItSystem> get(String code) {
        return systems.findById(code)
                .onItem().ifNull().failWith(() -> new UnknownRecordException("No system has the code " + code));
    }

    /** Of the codes given, those no system of the catalogue has; only codes not found before are looked up. */
    public Uni<Set<String>> unregistered(Set<String> codes) {
        Set<String> unknown = new TreeSet<>(codes);
        unknown.removeAll(registered);
        if (unknown.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.withSession(() -> systems.registeredOf(unknown)).map(found -> {
            registered.addAll(found);
            unknown.removeAll(found);
            return unknown;
        });
    }

    @WithTransaction
    public Uni<ItSystem> register(SystemRequest request) {
        return systems.findById(request.code()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(new StateConflictException(
                        "A system with the code " + request.code() + " is already registered"));
            }
            ItSystem system = new ItSystem();
            system.code = request.code();
            system.createdAt = now();
            describe(system, request);
            return systems.persist(system);
        });
    }

    @WithTransaction
    public Uni<ItSystem> update(String code, long expectedVersion, SystemRequest request) {
        if (!code.equals(request.code())) {
            return Uni.createFrom().failure(new RuleViolationException("code",
                    "The code of a system cannot change: the path names " + code + ", the body " + request.code()));
        }
        return get(code).map(system -> {
            StaleVersionException.check("The system " + code, system.version, expectedVersion);
            describe(system, request);
            return system;
        });
    }

    private void describe(ItSystem system, SystemRequest request) {
        system.name = request.name();
        system.description = request.description();
        system.vendor = request.vendor();
        system.updatedAt = now();
    }

    private Instant now() {
        return clock.instant();
    }
}
