package dk.servicelevel.booking.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dk.servicelevel.api.Roles;
import dk.servicelevel.booking.access.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1")
@Tag(name = "Test sessions", description = "Pupils' sittings of tests with their class of guarantee, events and outcome")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestSessionResource {

    private static final String IDEMPOTENCY = "Idempotency-Key";
    private static final String IDEMPOTENCY_KEY = "A key of the client's choosing: the same request sent again with it is stored once and answered as the first time";
    private static final int KEY_LENGTH = 200;

    private final TestSessions sessions;
    private final JsonWebToken token;

    TestSessionResource(TestSessions sessions, JsonWebToken token) {
        this.sessions = sessions;
        this.token = token;
    }

    @POST
    @Path("test-sessions")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "startTestSession", summary = "Start a pupil's sitting of a test in the running slot")
    @APIResponse(responseCode = "201", description = "Started, GUARANTEED when the pupil's booking covers this slot, else BEST_EFFORT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "422", description = "The pupil has sat the test as often as allowed, or no slot is running")
    @APIResponse(responseCode = "429", description = "No capacity is left for an unbooked sitting; Retry-After says when the next slot starts")
    public Uni<RestResponse<SessionResponse>> start(@Valid @NotNull SessionRequest request) {
        return sessions.start(Caller.of(token), request)
                .map(session -> RestResponse.status(Status.CREATED, SessionResponse.of(session)));
    }

    @GET
    @Path("test-sessions/{id}")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "getTestSession", summary = "Get a session")
    public Uni<SessionResponse> get(@PathParam("id") long id) {
        return sessions.get(Caller.of(token), id).map(SessionResponse::of);
    }

    @POST
    @Path("test-sessions/{id}/events")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "recordSessionEvent", summary = "Record a page view or an answer of a running session")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "422", description = "The session has ended")
    @APIResponse(responseCode = "429", description = "An unbooked session's click while the service is at its limit for them; Retry-After says when to try again")
    public Uni<Void> event(@PathParam("id") long id, @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(IDEMPOTENCY)
            @Size(min = 1, max = KEY_LENGTH) String idempotencyKey, @Valid @NotNull EventRequest request, RoutingContext routing) {
        // a session request's path names a session id of 1 to 18 digits (Arrival); any other id names no session
        Arrival arrival = Arrival.stamped(routing).orElseThrow(() -> new NotFoundException("No session has the id " + id));
        return sessions.record(Caller.of(token), id, request.kind(), arrival, idempotencyKey);
    }

    @POST
    @Path("test-sessions/{id}/end")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "endTestSession", summary = "End a running session as COMPLETED or ABORTED", description = "An aborted sitting does not count against the pupil's limit.")
    @APIResponse(responseCode = "200", description = "Ended; the session as it is now")
    @APIResponse(responseCode = "422", description = "The outcome is not COMPLETED or ABORTED, or the session has ended")
    public Uni<SessionResponse> end(@PathParam("id") long id, @Parameter(description = IDEMPOTENCY_KEY) @HeaderParam(IDEMPOTENCY)
            @Size(min = 1, max = KEY_LENGTH) String idempotencyKey, @Valid @NotNull EndRequest request) {
        return sessions.end(Caller.of(token), id, request.outcome(), idempotencyKey).map(SessionResponse::of);
    }

    @POST
    @Path("pupils/{pupil}/illnesses")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "registerIllness", summary = "Register a pupil as ill for a test: one more sitting is allowed in the current term")
    @APIResponse(responseCode = "201", description = "Registered")
    public Uni<RestResponse<Void>> illness(@PathParam("pupil") String pupil, @Valid @NotNull IllnessRequest request) {
        return sessions.registerIllness(Caller.of(token), pupil, request.test())
                .map(illness -> RestResponse.status(Status.CREATED));
    }
}
