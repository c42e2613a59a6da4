package dk.servicelevel.sla.incidents;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dk.servicelevel.api.SourceUnavailableException;
import dk.servicelevel.sla.definition.Layer;
import dk.servicelevel.sla.timeline.Interval;
import io.smallrye.mutiny.Uni;

/**
 * The outages and service windows of a system, read from incident-service with a time-out, retries and a circuit
 * breaker. When it cannot answer, the caller gets {@link SourceUnavailableException}, never an empty list.
 */
@ApplicationScoped
public class IncidentRecords {

    private static final String SOURCE = "incident-service";

    private final IncidentServiceClient client;
    private final Reader reader;

    IncidentRecords(@RestClient IncidentServiceClient client, Reader reader) {
        this.client = client;
        this.reader = reader;
    }

    public Uni<List<OutageRecord>> outages(String system, Layer layer, Set<Integer> categories, Interval span) {
        return reader.outages(client, system, layer, categories, span)
                .onFailure().transform(e -> new SourceUnavailableException(SOURCE, e));
    }

    public Uni<List<ServiceWindowRecord>> serviceWindows(String system, Interval span) {
        return reader.serviceWindows(client, system, span)
                .onFailure().transform(e -> new SourceUnavailableException(SOURCE, e));
    }

    /** The guarded calls; a separate bean so the fault-tolerance interceptors apply. */
    @ApplicationScoped
    static class Reader {

        @Timeout(value = 5, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200)
        @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
        Uni<List<OutageRecord>> outages(IncidentServiceClient client, String system, Layer layer, Set<Integer> categories, Interval span) {
            return client.outages(system, layer.name(), span.start().toString(), span.end().toString(), List.copyOf(categories));
        }

        @Timeout(value = 5, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200)
        @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
        Uni<List<ServiceWindowRecord>> serviceWindows(IncidentServiceClient client, String system, Interval span) {
            return client.serviceWindows(system, span.start().toString(), span.end().toString());
        }
    }
}
