package dk.servicelevel.api;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dk.servicelevel.api.deadline.RequestDeadlineConfig;
import dk.servicelevel.rules.AccessRefusedException;
import dk.servicelevel.rules.RuleViolationException;
import dk.servicelevel.rules.StaleVersionException;
import dk.servicelevel.rules.StateConflictException;
import dk.servicelevel.rules.UnknownRecordException;
import dk.servicelevel.rules.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;

/** Turns every error into RFC 9457 problem details: bad input is a 4xx naming what is wrong, never a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String NUL_IN_TEXT = "holds the character U+0000, which no text here may hold";
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    private final String retryAfterSeconds;

    ProblemMappers(RequestDeadlineConfig requests) {
        this.retryAfterSeconds = String.valueOf(requests.retryAfter().toSeconds());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return problem(Status.BAD_REQUEST.getStatusCode(), "The request has invalid fields", uri, violations);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            violations.add(new Violation(jsonPath(mapping.getPath()), holdsNul(e) ? NUL_IN_TEXT : "has a value of the wrong type or form"));
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return problem(Status.BAD_REQUEST.getStatusCode(), "The body is not valid JSON for this operation" + where, uri,
                violations);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedParameter(MalformedParameterException e, UriInfo uri) {
        return problem(Status.BAD_REQUEST.getStatusCode(), "The parameter " + e.parameter() + " " + e.getMessage(), uri,
                List.of(new Violation(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> sourceRefused(SourceRefusedException e, UriInfo uri) {
        return problem(e.status(), e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> sourceUnavailable(SourceUnavailableException e, UriInfo uri) {
        LOG.warnf("%s", e.getMessage());
        return unavailable(e.source() + " cannot answer now, so nothing is computed from missing data; try again later", uri);
    }

    /**
     * The database (or another service) refused the connection or dropped it, or no connection of the pool came free
     * in time: an overloaded service refuses, it does not fail.
     */
    @ServerExceptionMapper({ ConnectException.class, ClosedConnectionException.class, TimeoutException.class,
            ConnectionPoolTooBusyException.class })
    public RestResponse<Problem> connectionLost(Exception e, UriInfo uri) {
        LOG.warnf("A connection this request needs failed: %s", e.getMessage());
        return unavailable("The database or a service this request needs cannot be reached now; try again later", uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> brokenRule(RuleViolationException e, UriInfo uri) {
        return problem(Refusals.status(e), e.getMessage(), uri, e.violations());
    }

    /**
     * A change the record's state does not allow (409), a record that does not exist (404), a change made from an
     * older version (412), or records of another organisation (403).
     */
    @ServerExceptionMapper({ StateConflictException.class, UnknownRecordException.class, StaleVersionException.class,
            AccessRefusedException.class })
    public RestResponse<Problem> refused(RuntimeException e, UriInfo uri) {
        return problem(Refusals.status(e), e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> concurrentChange(OptimisticLockException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> concurrentChange(StaleStateException e, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public RestResponse<Problem> unauthenticated(UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem> create(Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", Status.UNAUTHORIZED.getReasonPhrase(), 401,
                        "A valid bearer token is required", uri.getPath(), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return problem(Status.FORBIDDEN.getStatusCode(), "Your role may not do this", uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> httpError(WebApplicationException e, UriInfo uri) {
        Response response = e.getResponse();
        if (response.getStatus() >= Status.INTERNAL_SERVER_ERROR.getStatusCode()) {
            LOG.error("Request failed", e);
        }
        RestResponse.ResponseBuilder<Problem> builder = RestResponse.ResponseBuilder.create(response.getStatus());
        response.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", reason(response.getStatus()), response.getStatus(), e.getMessage(),
                        uri.getPath(), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri, ServerRequestContext request) {
        if (request.serverResponse().headWritten()) {
            // answered 503 by the request deadline: the work's own answer came too late to be sent
            LOG.debugf("The answer to %s came after the request deadline had answered it and was dropped: %s", uri.getPath(), e);
            return null;
        }
        return unexpected(e, uri);
    }

    /** A failure no mapper above names: 500 without its details (they are logged), or 400 for text PostgreSQL cannot hold. */
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        if (refusedAsNul(e)) {
            return problem(Status.BAD_REQUEST.getStatusCode(), "A value of the request " + NUL_IN_TEXT, uri, List.of());
        }
        LOG.error("Unexpected failure", e);
        return problem(Status.INTERNAL_SERVER_ERROR.getStatusCode(), "The service failed to answer; it is logged",
                uri, List.of());
    }

    /** Answered with the Retry-After of every 503 the service gives ({@code requests.retry-after}). */
    private RestResponse<Problem> unavailable(String detail, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem> create(Status.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", Status.SERVICE_UNAVAILABLE.getReasonPhrase(), 503, detail, uri.getPath(),
                        List.of()))
                .build();
    }

    private static boolean holdsNul(JsonProcessingException e) {
        return e instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text && text.indexOf(NulFreeText.NUL) >= 0;
    }

    /** The database's refusal of U+0000 (SQLSTATE 22021), from a value that came in some other way than JSON. */
    private static boolean refusedAsNul(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseException database && CHARACTER_NOT_IN_REPERTOIRE.equals(database.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private static RestResponse<Problem> staleVersion(UriInfo uri) {
        return problem(Status.PRECONDITION_FAILED.getStatusCode(),
                "Someone else changed this at the same time: fetch it again and reapply your change", uri, List.of());
    }

    private static RestResponse<Problem> problem(int status, String detail, UriInfo uri, List<Violation> violations) {
        return RestResponse.ResponseBuilder.<Problem> create(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", reason(status), status, detail, uri.getPath(), violations))
                .build();
    }

    private static String reason(int status) {
        Status known = Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case Refusals.UNPROCESSABLE -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            default -> "Error";
        };
    }

    /** The field as the client wrote it: {@code windows[0].start}, not the Java method and parameter. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && field.length() > 0) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.length() > 0 ? "." : "").append(node.getName());
                }
            }
        }
        return field.length() > 0 ? field.toString() : parameter == null ? "request" : parameter;
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
