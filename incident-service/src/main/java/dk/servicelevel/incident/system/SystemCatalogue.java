package dk.servicelevel.incident.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dk.servicelevel.rules.RuleViolationException;
import io.smallrye.mutiny.Uni;

/**
 * The systems that incidents, service windows and changes may name: sla-service's catalogue, read over REST and kept
 * for {@code systems.catalogue-max-age}. A code that sla-service does not know is refused (422 naming
 * {@code systemCode}), so a typo never creates records that no SLA sees. While sla-service cannot answer, the last
 * catalogue read is used, however old; if none has been read since the start, the code is accepted and a warning
 * logged: the fault log must take an incident during an outage of sla-service too.
 */
@ApplicationScoped
public class SystemCatalogue {

    private static final Logger LOG = Logger.getLogger(SystemCatalogue.class);
    private static final String FIELD = "systemCode";

    private final SlaServiceClient client;
    private final SystemsConfig config;
    private final Clock clock;
    private volatile Reading last;

    SystemCatalogue(@RestClient SlaServiceClient client, SystemsConfig config, Clock clock) {
        this.client = client;
        this.config = config;
        this.clock = clock;
    }

    /** One read of the catalogue: the codes it held and when. */
    record Reading(Set<String> codes, Instant readAt) {

        boolean olderThan(Duration age, Instant now) {
            return readAt.plus(age).isBefore(now);
        }
    }

    /** Fails with a 422 naming {@code systemCode} when the catalogue does not hold the code. */
    public Uni<Void> requireKnown(String code) {
        return current(code).invoke(reading -> {
            if (reading != null && !reading.codes().contains(code)) {
                throw new RuleViolationException(FIELD, "is not a system of the catalogue: " + code);
            }
        }).replaceWithVoid();
    }

    /** The codes of the catalogue as last read (read again when old), for the forms to offer; none before a first read. */
    public Uni<List<String>> codes() {
        Reading known = last;
        Uni<Reading> reading = known != null && !known.olderThan(config.catalogueMaxAge(), clock.instant())
                ? Uni.createFrom().item(known) : read().onFailure().recoverWithItem(known);
        return reading.map(found -> found == null ? List.of() : found.codes().stream().sorted().toList());
    }

    private Uni<Reading> current(String code) {
        Reading known = last;
        Instant now = clock.instant();
        boolean fresh = known != null && !known.olderThan(config.catalogueMaxAge(), now);
        boolean missingButRecent = known != null && !known.codes().contains(code)
                && !known.olderThan(config.rereadMissingAfter(), now);
        if (fresh && (known.codes().contains(code) || missingButRecent)) {
            return Uni.createFrom().item(known);
        }
        return read().onFailure().recoverWithItem(failure -> {
            LOG.warnf("sla-service's systems catalogue could not be read (%s); %s", failure.toString(),
                    known == null ? "the system code " + code + " is accepted unchecked" : "the catalogue read at " + known.readAt() + " is used");
            return known;
        });
    }

    private Uni<Reading> read() {
        return client.systems().ifNoItem().after(config.readTimeout()).fail()
                .map(entries -> new Reading(entries.stream().map(SlaServiceClient.CatalogueEntry::code).collect(Collectors.toUnmodifiableSet()),
                        clock.instant()))
                .invoke(reading -> last = reading);
    }
}
