package dk.servicelevel.k8s;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import dk.servicelevel.local.ServiceProcess;

/**
 * The four services as built, each on a database of its own, with the platform's demo month loaded: started once for
 * the test classes that read it (a test class asks for it as a parameter of its {@code @BeforeAll}), stopped after the
 * last of them. Loading the month files its reports, which takes minutes on a busy machine; starting it once spares that.
 */
final class DemoPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoPlatform.class);

    /** The running services by key (incident, sla, booking, report). */
    record Services(Map<String, ServiceProcess> byKey) implements AutoCloseable {

        ServiceProcess get(String key) {
            return byKey.get(key);
        }

        @Override
        public void close() {
            byKey.values().forEach(ServiceProcess::close);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Services.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Services.class, key -> start(), Services.class);
    }

    private static Services start() {
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        int slaPort = ServiceProcess.freePort();
        String slaUrl = "http://localhost:" + slaPort;
        ServiceProcess incident = start(services, "incident", Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl));
        start(services, "sla", Map.of(ServiceProcess.PORT, String.valueOf(slaPort), "QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident.url()));
        ServiceProcess booking = start(services, "booking", Map.of("QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl));
        start(services, "report", Map.of("QUARKUS_REST_CLIENT_INCIDENT_SERVICE_URL", incident.url(), "QUARKUS_REST_CLIENT_SLA_SERVICE_URL", slaUrl,
                "QUARKUS_REST_CLIENT_BOOKING_SERVICE_URL", booking.url()));
        Services running = new Services(services);
        try {
            ServiceProcess.demoMonth(services.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().url()))).load();
        } catch (IOException e) {
            running.close();
            throw new IllegalStateException("The demo month did not load", e);
        } catch (InterruptedException e) {
            running.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return running;
    }

    private static ServiceProcess start(Map<String, ServiceProcess> services, String key, Map<String, String> environment) {
        ServiceProcess process = ServiceProcess.start(key + "-service", key, environment);
        services.put(key, process);
        return process;
    }
}
