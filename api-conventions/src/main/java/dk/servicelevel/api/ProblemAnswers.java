package dk.servicelevel.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every refusal in the API documents as it is answered: a {@link Problem} as {@code application/problem+json}, and the
 * 401 and 403 of every operation that needs a token, so that a generated client reads a refusal as a typed problem;
 * and the response headers the operations send, described once.
 */
public class ProblemAnswers implements OASFilter {

    /** The refusals every operation with a security requirement may answer. */
    private static final Map<String, String> REFUSALS_OF_SECURED = Map.of(
            "401", "No valid token: missing, expired, not signed by the platform's issuer or not for this service",
            "403", "The caller's role may not do this, or the resource is another school's");

    /** Every request may be answered 503 (RequestDeadline, ProblemMappers), with Retry-After as a 429 is. */
    private static final String UNAVAILABLE = "503";
    private static final Set<String> RETRY_LATER = Set.of("429", UNAVAILABLE);
    private static final String RETRY_AFTER = "Retry-After";

    /** The response headers the operations refer to ({@code @Header(ref = ...)}), described once. */
    private static final Map<String, String> HEADERS = Map.of(
            "ETag", "The resource's version; send it back as If-Match to change or delete it",
            "Location", "Where the resource created is",
            RETRY_AFTER, "Seconds after which the request may succeed",
            "Content-Language", "The language the answer is written in (da or en)");

    /** Called after every operation was filtered: describes the headers the operations refer to, and those only. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        Set<String> referred = referredHeaders(openAPI);
        HEADERS.forEach((name, description) -> {
            if (referred.contains(name)) {
                components.addHeader(name, OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(SchemaType.STRING)));
            }
        });
        openAPI.setComponents(components);
    }

    private static Set<String> referredHeaders(OpenAPI openAPI) {
        Set<String> referred = new HashSet<>();
        if (openAPI.getPaths() == null) {
            return referred;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream().filter(response -> response.getHeaders() != null)
                        .forEach(response -> response.getHeaders().forEach((name, header) -> referred.add(name)));
            }
        }));
        return referred;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null) {
            refusalsOfAccess(operation, responses);
            refusalsOfInput(operation, responses);
            refusal(responses, UNAVAILABLE,
                    "Not answered within the request deadline, or a database or service it needs is unavailable: try again after Retry-After");
            responses.getAPIResponses().forEach(ProblemAnswers::asAnswered);
        }
        return operation;
    }

    private static void refusalsOfAccess(Operation operation, APIResponses responses) {
        List<?> security = operation.getSecurity();
        if (security == null || security.isEmpty()) {
            // open to anyone, and said so: without it a client would take the document-wide default
            operation.setSecurity(new ArrayList<>());
        } else {
            REFUSALS_OF_SECURED.forEach((status, description) -> refusal(responses, status, description));
        }
    }

    private static void refusalsOfInput(Operation operation, APIResponses responses) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            refusal(responses, "400", "Malformed: a parameter or the body cannot be read (the problem's violations name it)");
        }
        if (parameters.stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH)) {
            refusal(responses, "404", "Nothing has this id");
        }
        parameters.stream().filter(ProblemAnswers::isIfMatch).forEach(ifMatch -> {
            ifMatch.required(true);
            refusal(responses, "412", "Changed since it was read: read it again for its ETag");
            refusal(responses, "428", "If-Match is missing");
        });
    }

    /** A refusal's body is a problem; one that asks to come back later says when. */
    private static void asAnswered(String status, APIResponse response) {
        if (isRefusal(status) && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
            problemOf(response);
        }
        if (RETRY_LATER.contains(status) && (response.getHeaders() == null || !response.getHeaders().containsKey(RETRY_AFTER))) {
            response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
        }
    }

    private static void refusal(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Sent by a change of a resource with a version: the ETag it was read with (EntityVersion). */
    private static boolean isIfMatch(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName());
    }

    private static boolean isRefusal(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void problemOf(APIResponse response) {
        response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
