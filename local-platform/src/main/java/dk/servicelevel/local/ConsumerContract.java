package dk.servicelevel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A service's REST client of another service held against the provider's API document: every call it makes is an
 * operation of the document (its path parameters matched by place, not name) with the query parameters and headers it
 * sends, and every field it reads from an answer (the record
 * components of what the call returns, and of the records inside) is a property of the answer's schema. A provider
 * that renames or drops a field a consumer reads breaks this check, not the consumer in production.
 */
public final class ConsumerContract {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
    /** Types whose answer is the type they wrap: the client's asynchronous and optional answers. */
    private static final Set<String> WRAPPERS = Set.of("io.smallrye.mutiny.Uni", CompletionStage.class.getName(), Optional.class.getName());

    private final JsonNode document;
    private final String provider;

    /** @param document the provider's OpenAPI document, as JSON */
    public ConsumerContract(JsonNode document) {
        this.document = document;
        this.provider = document.path("info").path("title").asText("the provider");
    }

    /** The provider's document as its last release published it (docs/api/), read from a module of this project. */
    public static ConsumerContract ofPublished(String provider) {
        Path document = Path.of("..", "docs", "api", provider + ".json");
        try {
            return new ConsumerContract(new ObjectMapper().readTree(document.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("The published API document " + document + " cannot be read", e);
        }
    }

    /** What the client does that the document does not offer; empty when the client keeps to it. */
    public List<String> violations(Class<?> client) {
        List<String> violations = new ArrayList<>();
        String base = pathOf(client).orElse("");
        for (Method call : client.getMethods()) {
            Optional<String> method = httpMethod(call);
            if (method.isEmpty()) {
                continue;
            }
            String path = join(base, pathOf(call).orElse(""));
            String where = "%s.%s (%s %s)".formatted(client.getSimpleName(), call.getName(), method.get(), path);
            Optional<JsonNode> operation = operation(path, method.get().toLowerCase(Locale.ROOT));
            if (operation.isEmpty()) {
                violations.add(where + ": " + provider + " has no such operation");
                continue;
            }
            violations.addAll(unknownParameters(call, operation.get(), where));
            JsonNode answer = answerSchema(operation.get());
            fieldsRead(call.getGenericReturnType(), answer, where + " reads", violations, new HashSet<>());
        }
        return violations;
    }

    private Optional<JsonNode> operation(String path, String method) {
        String template = template(path);
        for (var paths = document.path("paths").fields(); paths.hasNext();) {
            var entry = paths.next();
            if (template(entry.getKey()).equals(template) && entry.getValue().has(method)) {
                return Optional.of(entry.getValue().get(method));
            }
        }
        return Optional.empty();
    }

    private List<String> unknownParameters(Method call, JsonNode operation, String where) {
        Set<String> offered = new HashSet<>();
        operation.path("parameters").forEach(parameter -> offered.add(resolve(parameter).path("in").asText() + " "
                + resolve(parameter).path("name").asText()));
        List<String> unknown = new ArrayList<>();
        for (Parameter parameter : call.getParameters()) {
            for (Annotation annotation : parameter.getAnnotations()) {
                String in = switch (annotation.annotationType().getSimpleName()) {
                    case "QueryParam" -> "query";
                    case "HeaderParam" -> "header";
                    default -> null;
                };
                String name = in == null ? null : value(annotation);
                if (name != null && !offered.contains(in + " " + name) && !(in.equals("header") && offeredHeader(offered, name))) {
                    unknown.add(where + ": sends the " + in + " parameter " + name + ", which " + provider + " does not take");
                }
            }
        }
        return unknown;
    }

    private static boolean offeredHeader(Set<String> offered, String name) {
        return offered.stream().anyMatch(parameter -> parameter.equalsIgnoreCase("header " + name));
    }

    /** The schema of the operation's JSON success, or a missing node when it has none. */
    private JsonNode answerSchema(JsonNode operation) {
        for (var responses = operation.path("responses").fields(); responses.hasNext();) {
            var response = responses.next();
            if (response.getKey().startsWith("2")) {
                JsonNode content = resolve(response.getValue()).path("content");
                for (var media = content.fields(); media.hasNext();) {
                    var type = media.next();
                    if (type.getKey().contains("json")) {
                        return resolve(type.getValue().path("schema"));
                    }
                }
            }
        }
        return MissingNode.getInstance();
    }

    private void fieldsRead(Type type, JsonNode schema, String where, List<String> violations, Set<Type> seen) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type inner = generic.getActualTypeArguments()[0];
            if (WRAPPERS.contains(raw.getName())) {
                fieldsRead(inner, schema, where, violations, seen);
            } else if (Collection.class.isAssignableFrom(raw)) {
                fieldsRead(inner, resolve(schema.path("items")), where, violations, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> record) || !record.isRecord() || !seen.add(type)) {
            return;
        }
        if (schema.isMissingNode() || !schema.has("properties")) {
            violations.add(where + " " + record.getSimpleName() + ", but " + provider + " documents no fields there");
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            String field = jsonName(component);
            JsonNode property = schema.path("properties").path(field);
            if (property.isMissingNode()) {
                violations.add(where + " the field " + field + " of " + record.getSimpleName() + ", which " + provider + "'s answer does not have");
            } else {
                fieldsRead(component.getGenericType(), resolve(property), where + " " + field + ":", violations, seen);
            }
        }
        seen.remove(type);
    }

    /** A schema or parameter, its reference followed; a property's {@code allOf} of one reference too. */
    private JsonNode resolve(JsonNode node) {
        JsonNode target = node;
        if (target.path("allOf").size() == 1) {
            target = target.path("allOf").get(0);
        }
        String reference = target.path("$ref").asText("");
        if (reference.startsWith("#/")) {
            return resolve(document.at(reference.substring(1)));
        }
        return target;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static Optional<String> httpMethod(Method call) {
        for (Annotation annotation : call.getAnnotations()) {
            String name = annotation.annotationType().getSimpleName();
            if (HTTP_METHODS.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pathOf(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals("Path")) {
                return Optional.of(value(annotation));
            }
        }
        return Optional.empty();
    }

    private static String value(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The annotation " + annotation + " has no value", e);
        }
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The path with every parameter's name left out: the client and the document may name them differently. */
    private static String template(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
