package dk.servicelevel.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

/** The platform's chart rendered by real Helm ({@code helm template}), as the objects it would install. */
record RenderedChart(List<JsonNode> objects) {

    static final Path CHART = Path.of("service-level-platform").toAbsolutePath();
    static final String RELEASE = "slp";
    static final String KUBERNETES_VERSION = "1.31.0";

    private static final YAMLMapper YAML = new YAMLMapper();

    /** Renders with the chart's values, then the values files and settings given, in order. */
    static RenderedChart render(List<String> valuesFiles, Map<String, Object> settings) {
        TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace("servicelevel")
                .withKubeVersion(KUBERNETES_VERSION);
        for (String file : valuesFiles) {
            template = template.withValuesFile(CHART.resolve(file));
        }
        for (Map.Entry<String, Object> setting : settings.entrySet()) {
            template = template.set(setting.getKey(), setting.getValue());
        }
        return parse(template.call());
    }

    private static RenderedChart parse(String manifests) {
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(manifests)) {
            return new RenderedChart(documents.readAll().stream().filter(o -> o != null && o.has("kind")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("the chart renders no " + kind + " " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }
}
