package dk.servicelevel.sla.breach;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dk.servicelevel.api.schedule.JobLease;
import dk.servicelevel.sla.definition.Sla;
import dk.servicelevel.sla.definition.SlaCatalogue;
import dk.servicelevel.sla.evaluation.AvailabilityReport;
import dk.servicelevel.sla.evaluation.EvaluationPeriod;
import dk.servicelevel.sla.evaluation.RollingLength;
import dk.servicelevel.sla.evaluation.SlaEvaluation;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Evaluates every SLA over the rolling period and the burn-rate windows, records the breaches it finds, and sends
 * them to the webhook. An SLA that cannot be evaluated now (incident-service down) is left as it was: nothing is
 * opened or resolved from missing data.
 */
@ApplicationScoped
public class BreachWatch {

    private static final Logger LOG = Logger.getLogger(BreachWatch.class);
    /** The scheduled check's name in the job leases: one replica at a time runs it and posts to the webhook. */
    static final String JOB = "breach-check";

    /** What one check did. */
    public record CheckResult(int slasEvaluated, int slasNotEvaluated, int breachesOpened, int breachesDelivered) {
    }

    private final SlaCatalogue catalogue;
    private final SlaEvaluation evaluation;
    private final BreachLog log;
    private final BreachWebhook webhook;
    private final BreachConfig config;
    private final JobLease lease;
    private final Clock clock;

    BreachWatch(SlaCatalogue catalogue, SlaEvaluation evaluation, BreachLog log, BreachWebhook webhook,
            BreachConfig config, JobLease lease, Clock clock) {
        this.catalogue = catalogue;
        this.evaluation = evaluation;
        this.log = log;
        this.webhook = webhook;
        this.config = config;
        this.lease = lease;
        this.clock = clock;
    }

    @Scheduled(every = "${breaches.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return lease.take(JOB, config.lease())
                .chain(held -> held ? check().invoke(result -> LOG.infof("Breach check: %s", result)) : Uni.createFrom().nullItem())
                .onFailure().invoke(e -> LOG.error("The breach check failed; it runs again at the next interval", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    public Uni<CheckResult> check() {
        Instant now = clock.instant();
        return catalogue.all(null).chain(slas -> Multi.createFrom().iterable(slas)
                .onItem().transformToUniAndConcatenate(sla -> checkOne(sla, now))
                .collect().asList())
                .chain(opened -> webhook.deliverPending().map(delivered -> new CheckResult(
                        (int) opened.stream().filter(n -> n >= 0).count(),
                        (int) opened.stream().filter(n -> n < 0).count(),
                        opened.stream().filter(n -> n > 0).mapToInt(Integer::intValue).sum(),
                        delivered)));
    }

    /**
     * Answers how many breaches the SLA opened, or -1 when it could not be evaluated. The rolling period and every
     * burn-rate window are evaluated from one reading of incident-service's records.
     */
    private Uni<Integer> checkOne(Sla sla, Instant now) {
        List<BurnRateAlert> alerts = config.alerts();
        List<EvaluationPeriod> periods = new ArrayList<>();
        periods.add(new EvaluationPeriod.Rolling(config.rollingPeriod(), now));
        for (BurnRateAlert alert : alerts) {
            periods.add(new EvaluationPeriod.Rolling(new RollingLength.Exact(alert.longWindow()), now));
            periods.add(new EvaluationPeriod.Rolling(new RollingLength.Exact(alert.shortWindow()), now));
        }
        return evaluation.evaluateEach(sla.id, periods).map(reports -> {
            Map<BurnRateAlert, List<AvailabilityReport>> burnWindows = new LinkedHashMap<>();
            for (int i = 0; i < alerts.size(); i++) {
                burnWindows.put(alerts.get(i), List.of(reports.get(1 + 2 * i), reports.get(2 + 2 * i)));
            }
            return BreachRules.findings(reports.get(0), burnWindows);
        })
                .chain(findings -> log.record(sla.id, findings, now))
                .map(List::size)
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("SLA %s was not checked for breaches: %s", sla.id, e.getMessage());
                    return -1;
                });
    }
}
