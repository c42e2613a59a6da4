package dk.servicelevel.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every refusal in the API documents as it is answered: a {@link Problem} as {@code application/problem+json}, and the
 * 401 and 403 of every operation that needs a token, so that a generated client reads a refusal as a typed problem.
 */
public class ProblemAnswers implements OASFilter {

    /** The refusals every operation with a security requirement may answer. */
    private static final Map<String, String> REFUSALS_OF_SECURED = Map.of(
            "401", "No valid token: missing, expired, not signed by the platform's issuer or not for this service",
            "403", "The caller's role may not do this, or the resource is another school's");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        List<?> security = operation.getSecurity();
        if (security != null && !security.isEmpty()) {
            REFUSALS_OF_SECURED.forEach((status, description) -> {
                if (!responses.hasAPIResponse(status)) {
                    responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
                }
            });
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (isRefusal(status) && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
                problemOf(response);
            }
        });
        return operation;
    }

    private static boolean isRefusal(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void problemOf(APIResponse response) {
        response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
