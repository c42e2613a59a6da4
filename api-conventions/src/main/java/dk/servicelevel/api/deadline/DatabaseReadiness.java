package dk.servicelevel.api.deadline;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Ready only while the service's database answers, and within {@code requests.database-answer-within}: a stalled
 * database makes the replica DOWN at once, where a check without a time-out would leave the probe hanging.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    private static final String NAME = "database";

    private final Pool database;
    private final RequestDeadlineConfig config;

    DatabaseReadiness(Pool database, RequestDeadlineConfig config) {
        this.database = database;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return database.query("SELECT 1").execute()
                .map(answered -> HealthCheckResponse.up(NAME))
                .ifNoItem().after(config.databaseAnswerWithin()).fail()
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(NAME).down()
                        .withData("reason", e.getClass().getSimpleName() + ": " + e.getMessage()).build());
    }
}
