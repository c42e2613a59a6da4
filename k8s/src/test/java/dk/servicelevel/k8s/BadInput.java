package dk.servicelevel.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.servicelevel.k8s.OpenApiDocument.Operation;

/**
 * The requests an outside tester sends an operation: each parameter missing, of the wrong type, out of range and
 * oversized, holding U+0000 or another control character, and a body that is absent, {@code null}, not an object, and
 * each of its fields {@code null}, of the wrong type, oversized and holding U+0000. Everything else in each request is plausible, so that the one bad value is what is tested.
 */
final class BadInput {

    static final String OVERSIZED_PARAMETER = "x".repeat(2_000);
    static final String OVERSIZED_FIELD = "x".repeat(100_000);
    /** PostgreSQL cannot store U+0000: a text holding it must be refused before it gets there. */
    private static final String HOLDING_NUL = "a\u0000b";
    private static final String NOT_A_NUMBER = "not-a-number";
    private static final List<String> OUT_OF_RANGE = List.of("9223372036854775808", "-1", "0");

    /** One request: its path and query parameters, headers and JSON body (absent when null), and what is bad in it. */
    record Request(String what, Map<String, String> path, Map<String, String> query, Map<String, String> headers, String body) {
    }

    private final OpenApiDocument document;

    BadInput(OpenApiDocument document) {
        this.document = document;
    }

    /** The operation called with plausible values everywhere. */
    Request plausible(Operation operation) {
        Parameters plausible = plausibleParameters(operation, false);
        return new Request("plausible values", plausible.path, plausible.query, plausible.headers,
                operation.body().map(schema -> document.plausible(schema).toString()).orElse(null));
    }

    List<Request> requests(Operation operation) {
        List<Request> requests = new ArrayList<>();
        String body = operation.body().map(schema -> document.plausible(schema).toString()).orElse(null);
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (!List.of("path", "query", "header").contains(in) || name.equalsIgnoreCase("Authorization")) {
                continue;
            }
            for (Map.Entry<String, Optional<String>> bad : badValues(parameter).entrySet()) {
                Parameters values = plausibleParameters(operation, true);
                Map<String, String> target = switch (in) {
                    case "path" -> values.path;
                    case "query" -> values.query;
                    default -> values.headers;
                };
                if (bad.getValue().isPresent()) {
                    target.put(name, bad.getValue().get());
                } else if (in.equals("path")) {
                    continue;
                } else {
                    target.remove(name);
                }
                requests.add(new Request(in + " " + name + " " + bad.getKey(), values.path, values.query, values.headers, body));
            }
        }
        operation.body().ifPresent(schema -> requests.addAll(badBodies(operation, schema)));
        return requests;
    }

    private record Parameters(Map<String, String> path, Map<String, String> query, Map<String, String> headers) {
    }

    /** Every path parameter, every required query parameter and header (and with {@code all} the optional ones too). */
    private Parameters plausibleParameters(Operation operation, boolean all) {
        Parameters values = new Parameters(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (JsonNode parameter : operation.parameters()) {
            String in = parameter.path("in").asText();
            boolean wanted = in.equals("path") || parameter.path("required").asBoolean() || (all && in.equals("query"));
            if (!wanted || parameter.path("name").asText().equalsIgnoreCase("Authorization")) {
                continue;
            }
            JsonNode value = parameter.has("example") ? parameter.get("example") : document.plausible(parameter.path("schema"));
            String text = value.isArray() ? (value.isEmpty() ? "" : value.get(0).asText()) : value.asText();
            switch (in) {
                case "path" -> values.path.put(parameter.path("name").asText(), text);
                case "query" -> values.query.put(parameter.path("name").asText(), text);
                case "header" -> values.headers.put(parameter.path("name").asText(), text);
                default -> { }
            }
        }
        return values;
    }

    /** The bad values of a parameter by what is bad about them; empty: the parameter left out. */
    private Map<String, Optional<String>> badValues(JsonNode parameter) {
        Map<String, Optional<String>> bad = new LinkedHashMap<>();
        JsonNode schema = document.resolve(parameter.path("schema"));
        List<String> types = document.types(schema);
        if (parameter.path("required").asBoolean()) {
            bad.put("missing", Optional.empty());
        }
        if (types.contains("integer") || types.contains("number")) {
            bad.put("not a number", Optional.of(NOT_A_NUMBER));
            OUT_OF_RANGE.forEach(value -> bad.put("out of range " + value, Optional.of(value)));
        } else if (types.contains("boolean")) {
            bad.put("neither true nor false", Optional.of("maybe"));
        } else if (!schema.path("format").asText().isEmpty() || schema.has("enum") || schema.has("pattern")) {
            bad.put("malformed", Optional.of("not-" + schema.path("format").asText("valid")));
        }
        bad.put("oversized", Optional.of(OVERSIZED_PARAMETER));
        if (!parameter.path("in").asText().equals("header")) {
            bad.put("holding U+0000", Optional.of(HOLDING_NUL));
            bad.put("holding a control character", Optional.of("a\u0016b"));
        }
        return bad;
    }

    private List<Request> badBodies(Operation operation, JsonNode schema) {
        Parameters values = plausibleParameters(operation, false);
        List<Request> requests = new ArrayList<>();
        requests.add(new Request("body missing", values.path, values.query, values.headers, ""));
        requests.add(new Request("body null", values.path, values.query, values.headers, "null"));
        requests.add(new Request("body not an object", values.path, values.query, values.headers, "[1]"));
        requests.add(new Request("body not JSON", values.path, values.query, values.headers, "{\"a\":"));
        JsonNode resolved = document.resolve(schema);
        resolved.path("properties").fieldNames().forEachRemaining(field -> {
            JsonNode fieldSchema = resolved.path("properties").path(field);
            for (Map.Entry<String, JsonNode> bad : badFieldValues(fieldSchema).entrySet()) {
                ObjectNode body = (ObjectNode) document.plausible(schema).deepCopy();
                body.set(field, bad.getValue());
                requests.add(new Request("field " + field + " " + bad.getKey(), values.path, values.query, values.headers, body.toString()));
            }
        });
        return requests;
    }

    private Map<String, JsonNode> badFieldValues(JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<String> types = document.types(schema);
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        bad.put("null", nodes.nullNode());
        if (types.contains("integer") || types.contains("number")) {
            bad.put("not a number", nodes.textNode(NOT_A_NUMBER));
            bad.put("out of range", nodes.numberNode(new java.math.BigInteger(OUT_OF_RANGE.get(0)).multiply(java.math.BigInteger.TEN)));
            bad.put("negative", nodes.numberNode(-1));
        } else if (types.contains("array")) {
            bad.put("not a list", nodes.textNode("x"));
            bad.put("a list of null", nodes.arrayNode().addNull());
        } else if (types.contains("object")) {
            bad.put("not an object", nodes.numberNode(1));
        } else if (types.contains("boolean")) {
            bad.put("not true or false", nodes.textNode("maybe"));
        } else {
            bad.put("not text", nodes.objectNode().put("a", 1));
            bad.put("malformed", nodes.textNode("not-" + document.resolve(schema).path("format").asText("valid")));
            bad.put("oversized", nodes.textNode(OVERSIZED_FIELD));
            bad.put("holding U+0000", nodes.textNode(HOLDING_NUL));
        }
        return bad;
    }
}
