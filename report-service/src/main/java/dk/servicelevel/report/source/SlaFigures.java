package dk.servicelevel.report.source;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dk.servicelevel.api.remote.GuardedCalls;
import dk.servicelevel.report.ReportMonth;
import io.smallrye.mutiny.Uni;

/** The SLAs, their evaluations and the call counts, read from sla-service; report-service never recomputes an SLA. */
@ApplicationScoped
public class SlaFigures {

    private static final String SOURCE = "sla-service";
    private static final Comparator<SlaRecord> BY_SYSTEM_AND_LAYER = Comparator.comparing(SlaRecord::systemCode)
            .thenComparing(SlaRecord::layer);

    private final SlaServiceClient client;
    private final GuardedCalls guarded;

    SlaFigures(@RestClient SlaServiceClient client, GuardedCalls guarded) {
        this.client = client;
        this.guarded = guarded;
    }

    /** Every SLA with its versions, ordered by system and layer. */
    public Uni<List<SlaRecord>> slas() {
        return guarded(client::slas).chain(slas -> slas.isEmpty() ? Uni.createFrom().item(List.<SlaRecord>of())
                : Uni.join().all(slas.stream().map(sla -> guarded(() -> client.sla(sla.id()))).toList()).andFailFast()
                        .map(all -> all.stream().sorted(BY_SYSTEM_AND_LAYER).toList()));
    }

    /** The ids of every SLA, without their versions: one call. */
    public Uni<Set<String>> slaIds() {
        return guarded(client::slas).map(slas -> slas.stream().map(SlaServiceClient.SlaSummary::id).collect(Collectors.toSet()));
    }

    /** The systems of the catalogue, with their names. */
    public Uni<List<SystemRecord>> systems() {
        return guarded(client::systems);
    }

    public Uni<SlaAvailability> availability(String slaId, ReportMonth month) {
        return guarded(() -> client.availability(slaId, month.month().toString()));
    }

    public Uni<CallCounts> callCounts(String system, ReportMonth month) {
        return guarded(() -> client.callCounts(system, month.month().toString(), month.zone().getId()));
    }

    private <T> Uni<T> guarded(Supplier<Uni<T>> call) {
        return guarded.to(SOURCE, call);
    }
}
