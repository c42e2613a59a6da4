package dk.servicelevel.sla.breach;

import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractDefinition;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static dk.servicelevel.sla.SlaFixtures.outage;
import static dk.servicelevel.sla.SlaFixtures.sla;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dk.servicelevel.api.schedule.JobLease;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** With several replicas on one database, one of them at a time runs the scheduled breach check (and posts its breaches). */
@QuarkusTest
class BreachCheckLeaseTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    BreachWatch watch;

    @Test
    void aReplicaKeepsTheLeaseWhileItRenewsItAndAnotherTakesItOverOnceItExpires() throws InterruptedException {
        String job = "job-" + UUID.randomUUID();
        JobLease first = replica("replica-1");
        JobLease second = replica("replica-2");
        Duration shortLease = Duration.ofMillis(700);

        assertThat(first.take(job, shortLease).await().atMost(WAIT)).isTrue();
        assertThat(second.take(job, shortLease).await().atMost(WAIT)).isFalse();
        assertThat(first.take(job, shortLease).await().atMost(WAIT)).as("renewed by its holder").isTrue();
        Thread.sleep(shortLease.toMillis() + 300);
        assertThat(second.take(job, Duration.ofMinutes(1)).await().atMost(WAIT)).as("taken over once expired").isTrue();
        assertThat(first.take(job, shortLease).await().atMost(WAIT)).isFalse();
    }

    @Test
    void aLeaseGivenBackIsFreeAtOnceAndItsFormerHolderTakesNoMore() {
        String job = "job-" + UUID.randomUUID();
        JobLease stopping = replica("replica-stopping");
        JobLease other = replica("replica-other");

        assertThat(stopping.take(job, Duration.ofHours(1)).await().atMost(WAIT)).isTrue();
        assertThat(other.take(job, Duration.ofHours(1)).await().atMost(WAIT)).isFalse();
        stopping.release().await().atMost(WAIT);

        assertThat(other.take(job, Duration.ofHours(1)).await().atMost(WAIT)).as("free once given back").isTrue();
        assertThat(stopping.take("job-" + UUID.randomUUID(), Duration.ofHours(1)).await().atMost(WAIT)).isFalse();
    }

    @Test
    void ofSixteenReplicasAskingAtOnceExactlyOneGetsTheLease() {
        String job = "job-" + UUID.randomUUID();
        List<Uni<Boolean>> asks = IntStream.range(0, 16).mapToObj(n -> replica("replica-" + n).take(job, Duration.ofMinutes(1))).toList();

        List<Boolean> answers = Uni.join().all(asks).andFailFast().await().atMost(WAIT);

        assertThat(answers).filteredOn(Boolean::booleanValue).hasSize(1);
    }

    @Test
    void theScheduledCheckRunsOnlyOnTheReplicaHoldingTheLease() throws Throwable {
        String system = newSystem();
        String sla = system + "-ALL";
        Map<String, Object> definition = contractDefinition();
        definition.put("windows", List.of(Map.of("name", "ALL", "targetPercent", 99.9, "rest", true)));
        as("admin").body(sla(sla, system, "2020-01-01T00:00:00Z", definition)).post("/api/v1/slas").then().statusCode(201);
        outage(system, 1, Instant.now().minus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.SECONDS).toString(), null);

        holdLease("replica-elsewhere", clock.instant().plus(Duration.ofHours(1)));
        VertxContextSupport.subscribeAndAwait(() -> watch.scheduled());
        as("ministry").queryParam("sla", sla).get("/api/v1/breaches").then().statusCode(200).body("$", empty());

        holdLease("replica-elsewhere", clock.instant().minusSeconds(1));
        VertxContextSupport.subscribeAndAwait(() -> watch.scheduled());
        as("ministry").queryParam("sla", sla).get("/api/v1/breaches").then().statusCode(200).body("kind", hasItem("TARGET_MISSED"));
        assertThat(holderOf(BreachWatch.JOB)).isNotEqualTo("replica-elsewhere");
    }

    private JobLease replica(String name) {
        return new JobLease(pool, name);
    }

    private void holdLease(String holder, Instant until) {
        pool.preparedQuery("insert into job_lease (job, holder, expires_at) values ($1, $2, $3) "
                + "on conflict (job) do update set holder = excluded.holder, expires_at = excluded.expires_at")
                .execute(Tuple.of(BreachWatch.JOB, holder, until.atOffset(ZoneOffset.UTC))).await().atMost(WAIT);
    }

    private String holderOf(String job) {
        return pool.preparedQuery("select holder from job_lease where job = $1").execute(Tuple.of(job)).await().atMost(WAIT)
                .iterator().next().getString("holder");
    }
}
