package dk.servicelevel.sla.incidents;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dk.servicelevel.api.SourceUnavailableException;
import dk.servicelevel.api.remote.GuardedCalls;
import dk.servicelevel.sla.definition.Layer;
import dk.servicelevel.sla.timeline.Interval;
import io.smallrye.mutiny.Uni;

/**
 * The outages and service windows of a system, read from incident-service through {@link GuardedCalls}. When it cannot
 * answer, the caller gets {@link SourceUnavailableException}, never an empty list.
 */
@ApplicationScoped
public class IncidentRecords {

    private static final String SOURCE = "incident-service";

    private final IncidentServiceClient client;
    private final GuardedCalls guarded;

    IncidentRecords(@RestClient IncidentServiceClient client, GuardedCalls guarded) {
        this.client = client;
        this.guarded = guarded;
    }

    public Uni<List<OutageRecord>> outages(String system, Layer layer, Set<Integer> categories, Interval span) {
        return guarded.to(SOURCE, () -> client.outages(system, layer.name(), span.start().toString(), span.end().toString(),
                List.copyOf(categories)));
    }

    public Uni<List<ServiceWindowRecord>> serviceWindows(String system, Interval span) {
        return guarded.to(SOURCE, () -> client.serviceWindows(system, span.start().toString(), span.end().toString()));
    }
}
