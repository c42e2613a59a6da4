package dk.servicelevel.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Each service's build generates its Kubernetes manifests from its own configuration (quarkus-kubernetes,
 * target/kubernetes/kubernetes.yml). The chart deploys the service: it must agree with them on the container's ports,
 * its probes' paths and ports, the environment the service expects, its requests and limits in the small installation,
 * and the user it runs as.
 */
class GeneratedManifestsTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final List<String> PROBES = List.of("startupProbe", "livenessProbe", "readinessProbe");
    private static final List<String> RESOURCES = List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory");

    @ParameterizedTest
    @ValueSource(strings = { "incident-service", "sla-service", "booking-service", "report-service" })
    void theChartDeploysEachServiceAsItsBuildDescribesIt(String service) throws IOException {
        JsonNode generatedPod = podOf(generatedDeployment(service));
        JsonNode generated = generatedPod.path("containers").get(0);
        RenderedChart chart = RenderedChart.render(List.of(), Map.of());
        JsonNode chartPod = podOf(chart.ofKind("Deployment").stream()
                .filter(d -> service.equals(podOf(d).path("containers").get(0).path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("the chart deploys no " + service)));
        JsonNode deployed = chartPod.path("containers").get(0);

        assertThat(ports(deployed)).as("ports").isEqualTo(ports(generated));
        for (String probe : PROBES) {
            assertThat(deployed.at("/" + probe + "/httpGet/path").asText()).as(probe + " path")
                    .isEqualTo(generated.at("/" + probe + "/httpGet/path").asText());
            assertThat(portNumber(deployed, deployed.at("/" + probe + "/httpGet/port"))).as(probe + " port")
                    .isEqualTo(portNumber(generated, generated.at("/" + probe + "/httpGet/port")));
        }
        Map<String, String> environment = environment(deployed, chart);
        generated.path("env").forEach(variable -> {
            String name = variable.path("name").asText();
            assertThat(environment).as("the chart's environment of " + service).containsKey(name);
            if (variable.has("value")) {
                assertThat(environment.get(name)).as(name).isEqualTo(variable.path("value").asText());
            }
        });
        for (String resource : RESOURCES) {
            assertThat(deployed.at("/resources/" + resource).asText()).as(resource)
                    .isEqualTo(generated.at("/resources/" + resource).asText());
        }
        for (String setting : List.of("runAsNonRoot", "runAsUser", "runAsGroup", "fsGroup")) {
            assertThat(chartPod.at("/securityContext/" + setting).asText()).as(setting)
                    .isEqualTo(generatedPod.at("/securityContext/" + setting).asText());
        }
    }

    private static JsonNode generatedDeployment(String service) throws IOException {
        Path manifests = Path.of("..", service, "target", "kubernetes", "kubernetes.yml");
        assertThat(manifests).as("the build of " + service + " generates its manifests (./mvnw package)").exists();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(Files.readString(manifests))) {
            return documents.readAll().stream().filter(d -> "Deployment".equals(d.path("kind").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError(manifests + " holds no Deployment"));
        }
    }

    private static JsonNode podOf(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec");
    }

    private static Map<String, Integer> ports(JsonNode container) {
        Map<String, Integer> ports = new TreeMap<>();
        container.path("ports").forEach(port -> ports.put(port.path("name").asText(), port.path("containerPort").asInt()));
        return ports;
    }

    /** A probe's port as a number, a named one looked up among the container's ports. */
    private static int portNumber(JsonNode container, JsonNode port) {
        return port.isInt() ? port.asInt() : ports(container).getOrDefault(port.asText(), -1);
    }

    /** The container's variables: its own (valueFrom ones without a value) and those of the ConfigMaps it takes. */
    private static Map<String, String> environment(JsonNode container, RenderedChart chart) {
        Map<String, String> environment = new HashMap<>();
        container.path("envFrom").forEach(source -> chart.get("ConfigMap", source.at("/configMapRef/name").asText())
                .path("data").fields().forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText())));
        container.path("env").forEach(variable -> environment.put(variable.path("name").asText(),
                variable.has("value") ? variable.path("value").asText() : null));
        return environment;
    }
}
