package dk.servicelevel.incident.servicewindow;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dk.servicelevel.incident.system.SlaServiceClient;
import dk.servicelevel.incident.system.SlaServiceClient.SlaTerms;
import dk.servicelevel.incident.system.SystemsConfig;
import io.smallrye.mutiny.Uni;

/**
 * The notice the contract asks before a system's service window (seed 002, table 3: service windows are announced in
 * advance), as the service-window allowance of each of the system's SLAs in force at the window's start says; the
 * longest when they differ. Empty when no SLA allows service windows or sla-service cannot answer in time: the console
 * then warns of nothing, and sla-service still counts a window announced too late as downtime.
 */
@ApplicationScoped
public class AgreedNotice {

    private static final Logger LOG = Logger.getLogger(AgreedNotice.class);

    private final SlaServiceClient client;
    private final SystemsConfig config;

    AgreedNotice(@RestClient SlaServiceClient client, SystemsConfig config) {
        this.client = client;
        this.config = config;
    }

    public Uni<Optional<Duration>> before(String system, Instant start) {
        return client.slas().chain(slas -> terms(slas.stream().filter(sla -> sla.systemCode().equals(system))
                        .map(sla -> client.sla(sla.id())).toList()))
                .map(terms -> terms.stream().map(sla -> inForce(sla, start)).flatMap(Optional::stream).max(Comparator.naturalOrder()))
                .ifNoItem().after(config.readTimeout()).fail()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("The notice agreed for service windows of %s could not be read (%s); no warning is given", system, failure);
                    return Optional.empty();
                });
    }

    private static Uni<List<SlaTerms>> terms(List<Uni<SlaTerms>> reads) {
        return reads.isEmpty() ? Uni.createFrom().item(List.of()) : Uni.join().all(reads).andFailFast();
    }

    /** The notice of the SLA's version in force at the instant, if that version allows service windows. */
    private static Optional<Duration> inForce(SlaTerms sla, Instant at) {
        return sla.versions().stream().filter(v -> !v.validFrom().isAfter(at)).reduce((earlier, later) -> later)
                .map(SlaTerms.Version::definition).map(SlaTerms.Definition::serviceWindowAllowance)
                .map(SlaTerms.Allowance::notice);
    }
}
