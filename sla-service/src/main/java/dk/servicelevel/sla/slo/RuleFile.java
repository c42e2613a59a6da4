package dk.servicelevel.sla.slo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/** A Prometheus rule file: groups of recording and alerting rules. */
public record RuleFile(List<Group> groups) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** The file as Prometheus reads it. */
    public String yaml() {
        try {
            return YAML.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rule file could not be written", e);
        }
    }

    public record Group(String name, List<Rule> rules) {
    }

    /** A recording rule (record) or an alerting rule (alert, with for). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rule(String record, String alert, String expr, @JsonProperty("for") String pendingFor,
            Map<String, String> labels, Map<String, String> annotations) {

        static Rule recording(String record, String expr, Map<String, String> labels) {
            return new Rule(record, null, expr, null, labels, null);
        }
    }
}
