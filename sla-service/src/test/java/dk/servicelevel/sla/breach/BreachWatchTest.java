package dk.servicelevel.sla.breach;

import static dk.servicelevel.sla.SlaFixtures.as;
import static dk.servicelevel.sla.SlaFixtures.contractDefinition;
import static dk.servicelevel.sla.SlaFixtures.newSystem;
import static dk.servicelevel.sla.SlaFixtures.outage;
import static dk.servicelevel.sla.SlaFixtures.sla;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(BreachWatchTest.WithWebhook.class)
class BreachWatchTest {

    /**
     * A webhook receiver that refuses until told to accept, and keeps the bodies it accepted. The test and the
     * profile may see this class through different class loaders, so what they share goes through system properties.
     */
    static final class Receiver {
        private static final String ACCEPTING = "breach-webhook.accepting";
        private static final String ACCEPTED = "breach-webhook.accepted";
        static final HttpServer SERVER = start();

        private static HttpServer start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                server.createContext("/breaches", exchange -> {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    boolean accepting = Boolean.getBoolean(ACCEPTING);
                    if (accepting) {
                        System.setProperty(ACCEPTED, System.getProperty(ACCEPTED, "") + body + "\n");
                    }
                    exchange.sendResponseHeaders(accepting ? 204 : 503, -1);
                    exchange.close();
                });
                server.start();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static void accept() {
            System.setProperty(ACCEPTING, "true");
        }

        static List<String> accepted() {
            return System.getProperty(ACCEPTED, "").lines().toList();
        }
    }

    public static class WithWebhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("breaches.webhook-url", "http://localhost:" + Receiver.SERVER.getAddress().getPort() + "/breaches");
        }
    }

    @Test
    void findsAMissedTargetAndAFastBurnAndRetriesTheWebhookUntilItAccepts() {
        String system = newSystem();
        String sla = system + "-ALL";
        Map<String, Object> definition = contractDefinition();
        definition.put("windows", List.of(Map.of("name", "ALL", "targetPercent", 99.9, "rest", true)));
        as("admin").body(sla(sla, system, "2020-01-01T00:00:00Z", definition)).post("/api/v1/slas").then().statusCode(201);
        Instant fiftyMinutesAgo = Instant.now().minus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.SECONDS);
        outage(system, 1, fiftyMinutesAgo.toString(), null);

        as("admin").post("/api/v1/breaches/checks").then().statusCode(200);
        as("ministry").queryParam("sla", sla).get("/api/v1/breaches")
                .then().statusCode(200)
                .body("kind", containsInAnyOrder("TARGET_MISSED", "BUDGET_BURNING"))
                .body("windowName", everyItem(equalTo("ALL")))
                .body("resolvedAt", everyItem(nullValue()))
                .body("deliveredAt", everyItem(nullValue()));

        Receiver.accept();
        as("vendor-ops").post("/api/v1/breaches/checks").then().statusCode(200);
        as("ministry").queryParam("sla", sla).queryParam("open", true).get("/api/v1/breaches")
                .then().statusCode(200)
                .body("kind", containsInAnyOrder("TARGET_MISSED", "BUDGET_BURNING"))
                .body("deliveredAt", everyItem(notNullValue()));
        as("ministry").queryParam("sla", sla).queryParam("open", "maybe").get("/api/v1/breaches")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("open"));
        assertThat(Receiver.accepted()).filteredOn(body -> body.contains(sla)).hasSize(2);
    }

    @Test
    void onlyOperationsStaffStartACheck() {
        as("ministry").post("/api/v1/breaches/checks").then().statusCode(403);
    }
}
