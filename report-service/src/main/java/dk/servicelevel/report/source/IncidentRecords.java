package dk.servicelevel.report.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dk.servicelevel.api.remote.GuardedCalls;
import dk.servicelevel.report.ReportMonth;
import io.smallrye.mutiny.Uni;

/** The fault log, outages, service windows and changes, read from incident-service. */
@ApplicationScoped
public class IncidentRecords {

    private static final String SOURCE = "incident-service";
    private static final int PAGE_SIZE = 200;

    private final IncidentServiceClient client;
    private final GuardedCalls guarded;

    IncidentRecords(@RestClient IncidentServiceClient client, GuardedCalls guarded) {
        this.client = client;
        this.guarded = guarded;
    }

    /** Every incident the vendor knew of in the period, all pages, earliest first. */
    public Uni<List<IncidentRecord>> incidents(Instant from, Instant to) {
        return incidents(null, from, to);
    }

    /** Every incident of a system (of all systems when null) the vendor knew of in the period, earliest first. */
    public Uni<List<IncidentRecord>> incidents(String system, Instant from, Instant to) {
        return pagesFrom(system, from, to, null, new ArrayList<>())
                .map(all -> all.stream().sorted(Comparator.comparing(IncidentRecord::knownAt)
                        .thenComparing(IncidentRecord::id)).toList());
    }

    private Uni<List<IncidentRecord>> pagesFrom(String system, Instant from, Instant to, String before,
            List<IncidentRecord> found) {
        return guarded(() -> client.incidents(system, from.toString(), to.toString(), before, PAGE_SIZE)).chain(page -> {
            found.addAll(page.items());
            return page.next() == null ? Uni.createFrom().item(found) : pagesFrom(system, from, to, page.next(), found);
        });
    }

    /** The systems whose incidents, service windows or changes were written at or after the instant. */
    public Uni<UpdatedSystems> updatedSince(Instant since) {
        return guarded(() -> client.updatedSystems(since.toString()));
    }

    /** The systems and layers that are not GREEN now. */
    public Uni<List<SystemColour>> currentColours() {
        return guarded(client::systemStatus);
    }

    public Uni<List<OutageRecord>> outages(String system, String layer, ReportMonth month) {
        return guarded(() -> client.outages(system, layer, month.start().toString(), month.end().toString()));
    }

    public Uni<List<ServiceWindowRecord>> serviceWindows(String system, ReportMonth month) {
        return serviceWindows(system, month.start(), month.end());
    }

    /** The system's service windows that overlap the period [from, to). */
    public Uni<List<ServiceWindowRecord>> serviceWindows(String system, Instant from, Instant to) {
        return guarded(() -> client.serviceWindows(system, from.toString(), to.toString()));
    }

    public Uni<List<ChangeRecord>> changes(String system, ReportMonth month) {
        return changes(system, month.start(), month.end());
    }

    /** The system's changes planned or carried out in the period [from, to). */
    public Uni<List<ChangeRecord>> changes(String system, Instant from, Instant to) {
        return guarded(() -> client.changes(system, from.toString(), to.toString()));
    }

    /** The month's counts of service windows and changes of a system. */
    public Uni<MonthlyCount> monthlyCount(String system, ReportMonth month) {
        String yearMonth = month.month().toString();
        return guarded(() -> client.monthlyCounts(system, yearMonth, yearMonth, month.zone().getId()))
                .map(counts -> counts.stream().filter(c -> c.month().equals(month.month())).findFirst()
                        .orElse(new MonthlyCount(month.month(), 0, 0)));
    }

    private <T> Uni<T> guarded(Supplier<Uni<T>> call) {
        return guarded.to(SOURCE, call);
    }
}
