package dk.servicelevel.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

/**
 * {@code helm lint --strict} of the chart installed with values files layered over its own, as {@code helm install -f}
 * layers them: Helm's lint takes no values file, so it lints a copy of the chart whose values.yaml is the layered
 * values (maps merged key by key, anything else replaced), against the chart's schema and templates.
 */
final class LintedChart {

    private static final YAMLMapper YAML = new YAMLMapper();

    private LintedChart() {
    }

    static LintResult lint(List<String> valuesFiles, Map<String, Object> settings) {
        Path copy = copyOfChart();
        try {
            ObjectNode values = (ObjectNode) YAML.readTree(RenderedChart.CHART.resolve("values.yaml").toFile());
            for (String file : valuesFiles) {
                layer(values, YAML.readTree(RenderedChart.CHART.resolve(file).toFile()));
            }
            layer(values, YAML.valueToTree(settings));
            YAML.writeValue(copy.resolve("values.yaml").toFile(), values);
            return new Helm(copy).lint().strict().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(copy);
        }
    }

    private static void layer(ObjectNode values, JsonNode over) {
        over.fields().forEachRemaining(field -> {
            JsonNode under = values.get(field.getKey());
            if (under instanceof ObjectNode map && field.getValue().isObject()) {
                layer(map, field.getValue());
            } else {
                values.set(field.getKey(), field.getValue());
            }
        });
    }

    private static Path copyOfChart() {
        try {
            Path copy = Files.createTempDirectory("chart").resolve(RenderedChart.CHART.getFileName());
            try (Stream<Path> files = Files.walk(RenderedChart.CHART)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(RenderedChart.CHART.relativize(file).toString()));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path copy) {
        try (Stream<Path> files = Files.walk(copy.getParent())) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
