package dk.servicelevel.report.generation;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dk.servicelevel.api.schedule.JobLease;
import dk.servicelevel.report.ReportConfig;
import dk.servicelevel.report.ReportKind;
import dk.servicelevel.report.ReportMonth;
import dk.servicelevel.report.archive.ArchivedReport;
import dk.servicelevel.report.archive.ReportArchive;
import dk.servicelevel.report.source.OneAtATime;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Files the reports of a closed month in the archive: on request, and by the scheduler once the month is over
 * (on the first day of the next month, after {@code reports.archiving.delay}). Every report is generated and rendered
 * before anything is filed, so when a service cannot answer nothing is archived; the scheduler tries again at its
 * next run until every kind of the month is filed.
 */
@ApplicationScoped
public class MonthlyArchiving {

    private static final Logger LOG = Logger.getLogger(MonthlyArchiving.class);
    private static final String SCHEDULER = "scheduler";
    /** The scheduled archiving's name in the job leases: one replica at a time files the month. */
    private static final String JOB = "monthly-archiving";

    private final ReportGeneration generation;
    private final ReportArchive archive;
    private final ReportConfig config;
    private final JobLease lease;
    private final Clock clock;

    MonthlyArchiving(ReportGeneration generation, ReportArchive archive, ReportConfig config, JobLease lease, Clock clock) {
        this.generation = generation;
        this.archive = archive;
        this.config = config;
        this.lease = lease;
        this.clock = clock;
    }

    /** Generates and files the given kinds of a closed month as new versions, all of them or none. */
    public Uni<List<ArchivedReport>> archive(YearMonth month, Set<ReportKind> kinds, String by) {
        ReportMonth closed = new ReportMonth(month, config.zone());
        Instant requestedAt = clock.instant();
        if (!closed.closedAt(requestedAt)) {
            return Uni.createFrom().failure(
                    new RuleViolationException("month", "The month " + month + " has not ended: only a closed month is archived"));
        }
        return OneAtATime.all(kinds.stream().sorted()
                .map(kind -> generation.monthly(kind, closed).chain(generation::renderAll)).toList())
                .chain(rendered -> archive.file(rendered, by, requestedAt));
    }

    @Scheduled(identity = "monthly-archiving", every = "{reports.archiving.every}", delayed = "{reports.archiving.first-run-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return lease.take(JOB, config.archiving().lease()).chain(held -> held ? archiveTheMonthBefore() : Uni.createFrom().voidItem());
    }

    /** Files every kind of the month before that is not archived yet, once that month has closed and the delay passed. */
    Uni<Void> archiveTheMonthBefore() {
        Instant now = clock.instant();
        YearMonth previous = YearMonth.from(now.atZone(config.zone())).minusMonths(1);
        if (new ReportMonth(previous, config.zone()).end().plus(config.archiving().delay()).isAfter(now)) {
            return Uni.createFrom().voidItem();
        }
        return missingKinds(previous).chain(missing -> missing.isEmpty() ? Uni.createFrom().voidItem()
                : archive(previous, missing, SCHEDULER)
                        .invoke(filed -> LOG.infof("Archived %d reports of %s", filed.size(), previous))
                        .onFailure().invoke(e -> LOG.warnf("The reports of %s were not archived; trying again at the next run: %s",
                                previous, e.getMessage()))
                        .onFailure().recoverWithNull().replaceWithVoid());
    }

    /** The kinds of a month that have no archived version yet. */
    public Uni<Set<ReportKind>> missingKinds(YearMonth month) {
        return archive.matching(null, month).map(filed -> {
            Set<ReportKind> missing = EnumSet.allOf(ReportKind.class);
            filed.forEach(report -> missing.remove(ReportKind.valueOf(report.kind)));
            return missing;
        });
    }
}
