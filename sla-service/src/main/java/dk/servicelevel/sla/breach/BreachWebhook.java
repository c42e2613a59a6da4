package dk.servicelevel.sla.breach;

import java.time.Clock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;

/** Posts each breach not yet accepted to the configured webhook; what is refused is tried again at the next check. */
@ApplicationScoped
public class BreachWebhook {

    private static final Logger LOG = Logger.getLogger(BreachWebhook.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final BreachLog log;
    private final BreachConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final WebClient client;

    BreachWebhook(BreachLog log, BreachConfig config, ObjectMapper json, Clock clock, Vertx vertx) {
        this.log = log;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.client = WebClient.create(vertx);
    }

    /** Answers how many breaches the webhook accepted now. */
    public Uni<Integer> deliverPending() {
        if (config.webhookUrl().isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return log.undelivered().chain(pending -> Multi.createFrom().iterable(pending)
                .onItem().transformToUniAndConcatenate(this::deliver)
                .collect().asList()
                .map(results -> (int) results.stream().filter(Boolean::booleanValue).count()));
    }

    private Uni<Boolean> deliver(Breach breach) {
        return post(breach)
                .chain(accepted -> accepted ? log.delivered(breach.id, clock.instant()).replaceWith(true)
                        : Uni.createFrom().item(false))
                .onFailure().recoverWithUni(e -> refused(breach, e.getMessage()));
    }

    private Uni<Boolean> post(Breach breach) {
        String body;
        try {
            body = json.writeValueAsString(BreachResponse.of(breach));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return client.postAbs(config.webhookUrl().orElseThrow())
                .timeout(config.webhookTimeout().toMillis())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .sendBuffer(Buffer.buffer(body))
                .chain(response -> response.statusCode() / 100 == 2 ? Uni.createFrom().item(true)
                        : refused(breach, "HTTP " + response.statusCode()));
    }

    private Uni<Boolean> refused(Breach breach, String error) {
        LOG.warnf("The breach webhook did not accept breach %d: %s", breach.id, error);
        String kept = error == null ? "no answer" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        return log.notDelivered(breach.id, kept).replaceWith(false);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
