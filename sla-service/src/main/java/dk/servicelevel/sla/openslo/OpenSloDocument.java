package dk.servicelevel.sla.openslo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.sla.definition.Layer;
import dk.servicelevel.sla.definition.ResponseTimeRule;
import dk.servicelevel.sla.definition.ServiceWindowAllowance;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.definition.SlaRequest;
import dk.servicelevel.sla.definition.WindowDefinition;

/**
 * An SLA version as an OpenSLO v1 SLO. The response-time rule is the Timeslices budgeting method (a slice is good when
 * the share of guaranteed operations within the threshold reaches timeSliceTarget); each window is an objective.
 * What OpenSLO cannot say (the windows' weekly schedules and holidays, the time zone, service windows, the minimum
 * outage, the counted categories) travels in {@code servicelevel.dk/*} annotations, so a round trip loses nothing.
 */
public final class OpenSloDocument {

    static final String PREFIX = "servicelevel.dk/";
    static final String SLA_ID = PREFIX + "sla-id";
    static final String SYSTEM = PREFIX + "system";
    static final String LAYER = PREFIX + "layer";
    static final String VALID_FROM = PREFIX + "valid-from";
    static final String VERSION = PREFIX + "version";
    static final String ZONE = PREFIX + "zone";
    static final String WINDOWS = PREFIX + "windows";
    static final String MINIMUM_OUTAGE = PREFIX + "minimum-outage";
    static final String COUNTED_CATEGORIES = PREFIX + "counted-categories";
    static final String SERVICE_WINDOW_ALLOWANCE = PREFIX + "service-window-allowance";
    static final String RESPONSE_TIME = PREFIX + "response-time";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String CONTRACT_PERIOD = "28d";

    private final ObjectMapper json;

    public OpenSloDocument(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode write(String id, String name, String system, Layer layer, int version, Instant validFrom,
            SlaDefinition definition) {
        ObjectNode document = json.createObjectNode().put("apiVersion", "openslo/v1").put("kind", "SLO");
        ObjectNode metadata = document.putObject("metadata").put("name", id.toLowerCase()).put("displayName", name);
        ObjectNode annotations = metadata.putObject("annotations");
        annotations.put(SLA_ID, id).put(SYSTEM, system).put(LAYER, layer.name()).put(VERSION, String.valueOf(version))
                .put(VALID_FROM, validFrom.toString()).put(ZONE, definition.zone().getId())
                .put(WINDOWS, text(definition.windows()))
                .put(MINIMUM_OUTAGE, definition.minimumOutage().toString())
                .put(COUNTED_CATEGORIES, text(definition.countedCategories()))
                .put(SERVICE_WINDOW_ALLOWANCE, text(definition.serviceWindowAllowance()))
                .put(RESPONSE_TIME, text(definition.responseTime()));
        ObjectNode spec = document.putObject("spec").put("description", name).put("service", system);
        indicator(spec.putObject("indicator"), system, definition.responseTime());
        spec.putArray("timeWindow").addObject().put("duration", CONTRACT_PERIOD).put("isRolling", true);
        spec.put("budgetingMethod", "Timeslices");
        ArrayNode objectives = spec.putArray("objectives");
        for (WindowDefinition window : definition.windows()) {
            objectives.addObject().put("displayName", window.name())
                    .put("target", window.targetPercent().divide(HUNDRED))
                    .put("timeSliceTarget", definition.responseTime().sharePercent().divide(HUNDRED))
                    .put("timeSliceWindow", OpenSloDuration.format(definition.timeSlice()));
        }
        return document;
    }

    private void indicator(ObjectNode indicator, String system, ResponseTimeRule rule) {
        indicator.putObject("metadata").put("name", system.toLowerCase() + "-response-time");
        ObjectNode ratio = indicator.putObject("spec").putObject("ratioMetric").put("counter", true);
        query(ratio.putObject("good"), system, rule, true);
        query(ratio.putObject("total"), system, rule, false);
    }

    private static void query(ObjectNode metric, String system, ResponseTimeRule rule, boolean good) {
        ObjectNode source = metric.putObject("metricSource").put("type", "servicelevel-measurements").putObject("spec");
        source.put("system", system).put("interface", rule.measuredAt().name()).put("userClass", "GUARANTEED");
        if (good) {
            source.put("ok", true).put("durationMsAtMost", rule.threshold().toMillis());
        }
    }

    /** The SLA an OpenSLO SLO describes; annotations missing in a foreign document get the contract's defaults. */
    public SlaRequest read(JsonNode document, Instant now, SlaDefinition defaults) {
        require(document, "apiVersion", "openslo/v1");
        require(document, "kind", "SLO");
        JsonNode annotations = document.path("metadata").path("annotations");
        JsonNode objectives = document.path("spec").path("objectives");
        if (!objectives.isArray() || objectives.isEmpty()) {
            throw new RuleViolationException("spec.objectives", "must hold one objective per window");
        }
        String name = document.path("metadata").path("displayName").asText(document.path("metadata").path("name").asText());
        String id = annotations.path(SLA_ID).asText(document.path("metadata").path("name").asText().toUpperCase());
        String system = annotations.path(SYSTEM).asText(document.path("spec").path("service").asText());
        Layer layer = scalar(annotations, LAYER, Layer::valueOf, Layer.APPLICATION);
        Instant validFrom = scalar(annotations, VALID_FROM, Instant::parse, now);
        List<WindowDefinition> windows = windows(annotations, objectives);
        JsonNode first = objectives.get(0);
        Duration slice = first.has("timeSliceWindow") ? OpenSloDuration.parse(first.get("timeSliceWindow").asText())
                : defaults.timeSlice();
        if (slice == null) {
            throw new RuleViolationException("spec.objectives[0].timeSliceWindow", "must be a duration such as 5m");
        }
        ResponseTimeRule rule = value(annotations, RESPONSE_TIME, new TypeReference<ResponseTimeRule>() { }, defaults.responseTime());
        if (first.has("timeSliceTarget")) {
            rule = new ResponseTimeRule(rule.measuredAt(), rule.threshold(),
                    sameOr(rule.sharePercent(), first.get("timeSliceTarget").decimalValue().multiply(HUNDRED)));
        }
        SlaDefinition definition = new SlaDefinition(
                scalar(annotations, ZONE, ZoneId::of, defaults.zone()), windows,
                scalar(annotations, MINIMUM_OUTAGE, Duration::parse, defaults.minimumOutage()), slice, rule,
                value(annotations, COUNTED_CATEGORIES, new TypeReference<Set<Integer>>() { }, defaults.countedCategories()),
                value(annotations, SERVICE_WINDOW_ALLOWANCE, new TypeReference<ServiceWindowAllowance>() { }, defaults.serviceWindowAllowance()));
        return new SlaRequest(id, name, system, layer, OffsetDateTime.ofInstant(validFrom, ZoneOffset.UTC), definition);
    }

    /** The windows' schedules from the annotation, their targets from the objectives (OpenSLO's own field wins). */
    private List<WindowDefinition> windows(JsonNode annotations, JsonNode objectives) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (int i = 0; i < objectives.size(); i++) {
            JsonNode objective = objectives.get(i);
            if (!objective.path("target").isNumber()) {
                throw new RuleViolationException("spec.objectives[" + i + "].target", "must be a number between 0 and 1");
            }
            targets.put(objective.path("displayName").asText("objective-" + (i + 1)),
                    objective.get("target").decimalValue().multiply(HUNDRED).stripTrailingZeros());
        }
        if (!annotations.has(WINDOWS)) {
            if (targets.size() != 1) {
                throw new RuleViolationException("metadata.annotations." + WINDOWS,
                        "is needed to tell the weekly schedules of more than one objective");
            }
            Map.Entry<String, BigDecimal> only = targets.entrySet().iterator().next();
            return List.of(new WindowDefinition(only.getKey(), only.getValue(), List.of(), true, null));
        }
        List<WindowDefinition> windows = new ArrayList<>();
        for (WindowDefinition window : value(annotations, WINDOWS, new TypeReference<List<WindowDefinition>>() { }, List.of())) {
            BigDecimal target = sameOr(window.targetPercent(), targets.getOrDefault(window.name(), window.targetPercent()));
            windows.add(new WindowDefinition(window.name(), target, window.schedule(), window.rest(), window.excludedHolidays()));
        }
        return windows;
    }

    /** The annotation's number where the objective says the same, so a round trip keeps its exact form. */
    private static BigDecimal sameOr(BigDecimal annotated, BigDecimal objective) {
        return annotated.compareTo(objective) == 0 ? annotated : objective;
    }

    private static void require(JsonNode document, String field, String expected) {
        if (!expected.equals(document.path(field).asText())) {
            throw new RuleViolationException(field, "must be " + expected);
        }
    }

    /** An annotation that holds JSON. */
    private <T> T value(JsonNode annotations, String key, TypeReference<T> type, T fallback) {
        if (!annotations.has(key)) {
            return fallback;
        }
        try {
            return json.readValue(annotations.get(key).asText(), type);
        } catch (JsonProcessingException e) {
            throw new RuleViolationException("metadata.annotations." + key, "cannot be read: " + e.getOriginalMessage());
        }
    }

    /** An annotation that holds one plain value. */
    private static <T> T scalar(JsonNode annotations, String key, Function<String, T> parse, T fallback) {
        if (!annotations.has(key)) {
            return fallback;
        }
        try {
            return parse.apply(annotations.get(key).asText());
        } catch (RuntimeException e) {
            throw new RuleViolationException("metadata.annotations." + key, "cannot be read: " + annotations.get(key).asText());
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An SLA definition cannot be written as JSON", e);
        }
    }
}
