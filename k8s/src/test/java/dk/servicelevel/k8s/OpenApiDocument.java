package dk.servicelevel.k8s;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * A service's own OpenAPI document (3.1): its operations, a plausible value for each schema, and whether an answer
 * keeps to the schema the document gives for its status (JSON Schema 2020-12, {@code $ref}s resolved in the document).
 */
final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    private static final String JSON_SCHEMA_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final int MAX_DEPTH = 6;

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** One operation: its method, its path template, its parameters and its JSON request body's schema, if any. */
    record Operation(String method, String path, List<JsonNode> parameters, Optional<JsonNode> body, JsonNode responses) {

        /** The media type of its first documented success, so that the operation is reached rather than refused with 406. */
        String accept() {
            for (Iterator<Map.Entry<String, JsonNode>> answers = responses.fields(); answers.hasNext();) {
                Map.Entry<String, JsonNode> answer = answers.next();
                if (answer.getKey().startsWith("2") && answer.getValue().path("content").fieldNames().hasNext()) {
                    return answer.getValue().path("content").fieldNames().next();
                }
            }
            return "application/json";
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    OpenApiDocument(String json) {
        try {
            this.document = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
    }

    List<String> paths() {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /** Each operation's {@code operationId}, in the document's order; an empty string for an operation without one. */
    List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        document.path("paths").forEach(path -> METHODS.forEach(method -> {
            JsonNode operation = path.path(method);
            if (!operation.isMissingNode()) {
                ids.add(operation.path("operationId").asText(""));
            }
        }));
        return ids;
    }

    /**
     * The refusals (4xx, 5xx) documented otherwise than as a problem ({@code application/problem+json}, the Problem
     * schema), and the 401 or 403 missing from an operation that needs a token: each as the operation and its status.
     */
    List<String> refusalsNotDocumentedAsProblems() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            JsonNode secured = document.path("paths").path(operation.path()).path(operation.method()).path("security");
            if (!secured.isEmpty()) {
                List.of("401", "403").stream().filter(status -> !operation.responses().has(status))
                        .forEach(status -> wrong.add(operation + " " + status + " (not documented)"));
            }
            operation.responses().fields().forEachRemaining(answer -> {
                String ref = resolve(answer.getValue()).path("content").path("application/problem+json").path("schema").path("$ref").asText();
                if (!answer.getKey().matches("[45]..") || ref.equals("#/components/schemas/Problem")) {
                    return;
                }
                wrong.add(operation + " " + answer.getKey());
            });
        }
        return wrong;
    }

    /** The operations that document no success (2xx): a generated client's method for them would answer nothing. */
    List<Operation> operationsWithoutASuccess() {
        List<Operation> without = new ArrayList<>();
        for (Operation operation : operations()) {
            List<String> statuses = new ArrayList<>();
            operation.responses().fieldNames().forEachRemaining(statuses::add);
            if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
                without.add(operation);
            }
        }
        return without;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    List<JsonNode> parameters = new ArrayList<>();
                    path.getValue().path("parameters").forEach(p -> parameters.add(resolve(p)));
                    operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
                    JsonNode body = resolve(operation.path("requestBody")).path("content").path("application/json").path("schema");
                    ObjectNode responses = JSON.createObjectNode();
                    operation.path("responses").fields().forEachRemaining(answer -> responses.set(answer.getKey(), resolve(answer.getValue())));
                    operations.add(new Operation(method, path.getKey(), parameters,
                            body.isMissingNode() ? Optional.empty() : Optional.of(body), responses));
                }
            }
        });
        return operations;
    }

    /** The node a {@code $ref} points at, followed as often as it takes; any other node as it is. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        Set<String> followed = new HashSet<>();
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            String reference = current.get("$ref").asText();
            if (!followed.add(reference)) {
                throw new AssertionError("the document's " + reference + " refers to itself and describes nothing");
            }
            current = document.at(reference.substring(1));
        }
        return current;
    }

    /** The schema's own types, {@code null} among them when it allows it. */
    List<String> types(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (resolved.has("properties")) {
            types.add("object");
        }
        return types;
    }

    /** A value the schema allows, from its example, default or enumeration where it gives one. */
    JsonNode plausible(JsonNode schema) {
        return plausible(schema, 0);
    }

    private JsonNode plausible(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        for (String given : List.of("example", "default")) {
            if (resolved.has(given) && !resolved.get(given).isNull()) {
                return resolved.get(given);
            }
        }
        if (resolved.has("examples") && resolved.get("examples").isArray() && !resolved.get("examples").isEmpty()) {
            return resolved.get("examples").get(0);
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        if (resolved.has("allOf")) {
            return plausible(resolved.get("allOf").get(0), depth + 1);
        }
        List<String> types = types(resolved);
        String type = types.stream().filter(t -> !t.equals("null")).findFirst().orElse("string");
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (type) {
            case "integer" -> nodes.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            case "number" -> nodes.numberNode(Math.max(1.0, resolved.path("minimum").asDouble(1.0)));
            case "boolean" -> nodes.booleanNode(true);
            case "array" -> depth > MAX_DEPTH ? nodes.arrayNode() : nodes.arrayNode().add(plausible(resolved.path("items"), depth + 1));
            case "object" -> depth > MAX_DEPTH ? nodes.objectNode() : object(resolved, depth);
            default -> nodes.textNode(text(resolved.path("format").asText()));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            object.set(property.getKey(), plausible(property.getValue(), depth + 1));
        }
        return object;
    }

    private static String text(String format) {
        return switch (format) {
            case "date-time" -> "2026-10-01T10:00:00+02:00";
            case "date" -> "2026-10-01";
            case "duration" -> "PT1H";
            default -> "NT";
        };
    }

    /**
     * What is wrong with an answer by the document: a status it does not list, a body of a media type it does not give
     * for that status, or JSON that breaks the schema it gives; nothing when the answer keeps to it.
     */
    List<String> violations(Operation operation, int status, String contentType, String body) {
        JsonNode response = resolve(operation.responses().path(String.valueOf(status)));
        if (response.isMissingNode()) {
            return List.of("the status is not in the document");
        }
        if (contentType == null || body.isBlank()) {
            return List.of();
        }
        String mediaType = contentType.split(";")[0].trim();
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            return List.of("the document gives no " + mediaType + " for this status");
        }
        JsonNode schema = content.path("schema");
        if (!mediaType.contains("json") || schema.isMissingNode() || schema.path("format").asText().equals("binary")) {
            return List.of();
        }
        Schema validator = compiled.computeIfAbsent(schema.toString(), key -> compile(schema));
        try {
            return validator.validate(tools.jackson.databind.json.JsonMapper.shared().readTree(body)).stream()
                    .map(Error::toString).toList();
        } catch (RuntimeException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
    }

    /** The document itself is the schema's root, so that each {@code $ref} into its components resolves. */
    private Schema compile(JsonNode schema) {
        ObjectNode root = document.deepCopy();
        root.remove(List.of("paths", "openapi", "info", "servers", "tags", "security", "webhooks"));
        root.put("$schema", JSON_SCHEMA_2020_12);
        root.putArray("allOf").add(schema);
        return registry.getSchema(root.toString());
    }
}
