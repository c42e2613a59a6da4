package dk.servicelevel.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.servicelevel.rules.Violation;

/** An error as RFC 9457 problem details, with each invalid field named in {@code violations}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request has invalid fields") String detail,
        @Schema(example = "/api/v1/systems") String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** This problem as JSON text, for an answer a filter writes at the head of the route, before any resource runs. */
    public String asJson(ObjectMapper json) {
        try {
            return json.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }
}
