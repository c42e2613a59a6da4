package dk.servicelevel.report.faultlog;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.report.rendering.Notation;
import dk.servicelevel.report.source.IncidentRecord;
import dk.servicelevel.report.source.IncidentRecords;
import dk.servicelevel.report.source.SourceVersions;
import io.smallrye.mutiny.Uni;

/** The fault log of a period, as incident-service keeps it. */
@ApplicationScoped
public class FaultLog {

    private final IncidentRecords incidents;
    private final Clock clock;

    FaultLog(IncidentRecords incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    public Uni<FaultLogReport> between(String period, Instant from, Instant to, ZoneId zone) {
        return incidents.incidents(from, to).map(found -> {
            SourceVersions sources = new SourceVersions();
            sources.incidents(found);
            return new FaultLogReport(period, from, to, zone, clock.instant(),
                    found.stream().map(FaultLog::entry).toList(), sources.asMap());
        });
    }

    private static FaultLogReport.Entry entry(IncidentRecord i) {
        return new FaultLogReport.Entry(i.id(), i.systemCode(), i.layer(), i.environment(), i.category(),
                i.statusColour(), i.state(), i.occurredAt(), i.knownAt(), i.restoredAt(), Notation.minutes(i.duration()),
                i.title(), i.cause(), i.handling(), i.remedyPlan(), i.rcaStatus());
    }
}
