package dk.servicelevel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * incident-service, sla-service (reading incident-service) and booking-service (measured by sla-service), each run for
 * real as its own process with its own database, loaded with the demo month through their APIs. The service under
 * test reaches them through its REST clients named after them.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private final List<ServiceProcess> started = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        int slaPort = ServiceProcess.freePort();
        String incident = start("incident-service", "incident", Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", "http://localhost:" + slaPort));
        String sla = start("sla-service", "sla", Map.of("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident,
                ServiceProcess.PORT, String.valueOf(slaPort)));
        String booking = start("booking-service", "booking", Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", sla));
        try {
            new DemoMonth(SigningKeyTestResource.testRunKeys(), SigningKeyTestResource.TEST_ISSUER,
                    Map.of("incident", incident, "sla", sla, "booking", booking)).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the demo month loaded", e);
        }
        return Map.of("quarkus.rest-client.incident-service.url", incident,
                "quarkus.rest-client.sla-service.url", sla,
                "quarkus.rest-client.booking-service.url", booking);
    }

    private String start(String service, String database, Map<String, String> environment) {
        ServiceProcess process = ServiceProcess.start(service, database, environment);
        started.add(process);
        return process.url();
    }

    @Override
    public void stop() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
