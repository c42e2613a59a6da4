package dk.servicelevel.incident.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dk.servicelevel.api.SourceUnavailableException;
import dk.servicelevel.rules.RuleViolationException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The systems that incidents, service windows and changes may name: sla-service's catalogue, read over REST and kept
 * for {@code systems.catalogue-max-age}. A code the copy does not hold is read again at once, one read in flight at a
 * time however many ask, before it is refused (422 naming {@code systemCode}): a system registered in sla-service can
 * be named right away, and a typo never creates records that no SLA sees. While sla-service cannot answer, a code of
 * the last read is accepted, however old, and any other is answered 503: the last read says it was no system, and
 * nobody can say whether it is one now. If none has been read since the start, the code is accepted and a warning
 * logged: with no read to go by, refusing would stop the fault log during an outage of sla-service, when it is needed.
 */
@ApplicationScoped
public class SystemCatalogue {

    private static final Logger LOG = Logger.getLogger(SystemCatalogue.class);
    private static final String FIELD = "systemCode";
    private static final String SOURCE = "sla-service";

    private final SlaServiceClient client;
    private final SystemsConfig config;
    private final Clock clock;
    private volatile Reading last;
    private final AtomicReference<Uni<Reading>> reading = new AtomicReference<>();

    SystemCatalogue(@RestClient SlaServiceClient client, SystemsConfig config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
    }

    /** One read of the catalogue: the codes it held, when it was asked for and when it was answered. */
    record Reading(Set<String> codes, Instant askedAt, Instant readAt) {

        boolean olderThan(Duration age, Instant now) {
            return readAt.plus(age).isBefore(now);
        }
    }

    /** Fails with a 422 naming {@code systemCode} when the catalogue does not hold the code, 503 when it cannot be read. */
    public Uni<Void> requireKnown(String code) {
        Reading known = last;
        if (known != null && known.codes().contains(code) && !known.olderThan(config.catalogueMaxAge(), clock.instant())) {
            return Uni.createFrom().voidItem();
        }
        return readAfter(clock.instant(), code).onFailure().recoverWithUni(failure -> lastHolding(code, known, failure)).invoke(found -> {
            if (!found.codes().contains(code)) {
                throw new RuleViolationException(FIELD, "is not a system of the catalogue: " + code);
            }
        }).replaceWithVoid();
    }

    /** The codes of the catalogue as last read (read again when old), for the forms to offer; none before a first read. */
    public Uni<List<String>> codes() {
        Reading known = last;
        Uni<Reading> current = known != null && !known.olderThan(config.catalogueMaxAge(), clock.instant())
                ? Uni.createFrom().item(known) : read().onFailure().recoverWithItem(known);
        return current.map(found -> found == null ? List.of() : found.codes().stream().sorted().toList());
    }

    /** The catalogue as read after the request asked: a read asked for earlier may not hold a system registered since. */
    private Uni<Reading> readAfter(Instant asked, String code) {
        return read().chain(found -> found.codes().contains(code) || !found.askedAt().isBefore(asked)
                ? Uni.createFrom().item(found) : read());
    }

    private Uni<Reading> lastHolding(String code, Reading known, Throwable failure) {
        if (known == null) {
            LOG.warnf("sla-service's systems catalogue could not be read (%s); the system code %s is accepted unchecked", failure, code);
            return Uni.createFrom().item(new Reading(Set.of(code), clock.instant(), clock.instant()));
        }
        if (!known.codes().contains(code)) {
            return Uni.createFrom().failure(new SourceUnavailableException(SOURCE, failure));
        }
        LOG.warnf("sla-service's systems catalogue could not be read (%s); the catalogue read at %s is used", failure, known.readAt());
        return Uni.createFrom().item(known);
    }

    /**
     * A read of the catalogue: the one in flight if there is one, else a new one. A read asked for before the caller's
     * code was registered may not hold it; {@link #requireKnown} then reads once more. Each caller goes on on its own
     * Vert.x context: the read answers on the context of the request that started it, and a transaction opened there
     * would share that request's database session.
     */
    private Uni<Reading> read() {
        Instant asked = clock.instant();
        Uni<Reading> fresh = client.systems().ifNoItem().after(config.readTimeout()).fail()
                .map(entries -> new Reading(entries.stream().map(SlaServiceClient.CatalogueEntry::code).collect(Collectors.toUnmodifiableSet()),
                        asked, clock.instant()))
                .invoke(read -> last = read)
                .memoize().indefinitely();
        Uni<Reading> inFlight = reading.compareAndExchange(null, fresh);
        Uni<Reading> shared = inFlight != null ? inFlight : fresh.onTermination().invoke(() -> reading.compareAndSet(fresh, null));
        Context context = Vertx.currentContext();
        return context == null ? shared : shared.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
