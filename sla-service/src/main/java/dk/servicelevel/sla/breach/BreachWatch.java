package dk.servicelevel.sla.breach;

import java.time.Clock;
import java.time.Instant;
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

    /** Answers how many breaches the SLA opened, or -1 when it could not be evaluated. */
    private Uni<Integer> checkOne(Sla sla, Instant now) {
        Uni<AvailabilityReport> rolling = evaluation.evaluate(sla.id, new EvaluationPeriod.Rolling(config.rollingPeriod(), now));
        Map<BurnRateAlert, List<AvailabilityReport>> burnWindows = new LinkedHashMap<>();
        Uni<Void> evaluated = Uni.createFrom().voidItem();
        for (BurnRateAlert alert : config.alerts()) {
            evaluated = evaluated.chain(() -> evaluation.evaluate(sla.id, new EvaluationPeriod.Rolling(alert.longWindow(), now))
                    .chain(overLong -> evaluation.evaluate(sla.id, new EvaluationPeriod.Rolling(alert.shortWindow(), now))
                            .invoke(overShort -> burnWindows.put(alert, List.of(overLong, overShort))))
                    .replaceWithVoid());
        }
        Uni<Void> burnEvaluations = evaluated;
        return rolling.chain(report -> burnEvaluations.map(done -> BreachRules.findings(report, burnWindows)))
                .chain(findings -> log.record(sla.id, findings, now))
                .map(List::size)
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("SLA %s was not checked for breaches: %s", sla.id, e.getMessage());
                    return -1;
                });
    }
}
