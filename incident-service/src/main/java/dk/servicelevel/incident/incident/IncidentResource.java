package dk.servicelevel.incident.incident;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dk.servicelevel.api.EntityVersion;
import dk.servicelevel.api.Roles;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path("/api/v1/incidents")
@Tag(name = "Fault log", description = "Incidents with their timeline, category, cause, handling and remedy plan")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private static final String IF_MATCH_DESCRIPTION = "The ETag of the version read";

    private final FaultLog faultLog;
    private final JsonWebToken caller;
    private final Clock clock;

    IncidentResource(FaultLog faultLog, JsonWebToken caller, Clock clock) {
        this.faultLog = faultLog;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "registerIncident", summary = "Register an incident", description = "A category 1 incident in production is a major incident.")
    @APIResponse(responseCode = "201", description = "Registered, with its id (INC-YYYY-NNNNNN)", headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; the problem names it")
    @APIResponse(responseCode = "422", description = "The instants are in an impossible order; the problem names them")
    public Uni<RestResponse<IncidentResponse>> register(@Valid @NotNull IncidentRequest request) {
        return faultLog.register(request, caller.getName()).map(incident -> EntityVersion.created(
                "/api/v1/incidents/" + incident.number, IncidentResponse.of(incident, clock.instant(), null),
                incident.version));
    }

    @GET
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "searchIncidents", summary = "Search the fault log, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of the fault log, with the next page's 'before' unless it is the last")
    @APIResponse(responseCode = "422", description = "'before' names no incident")
    public Uni<IncidentPage> search(
            @Parameter(example = "NT") @QueryParam("system") String system,
            @Parameter(example = "1") @QueryParam("category") @Min(1) @Max(4) Integer category,
            @Parameter(example = "INVESTIGATING") @QueryParam("state") IncidentState state,
            @Parameter(description = "The vendor knew at or after", example = "2026-10-01T00:00:00+02:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "The vendor knew before", example = "2026-11-01T00:00:00+01:00") @QueryParam("to") OffsetDateTime to,
            @Parameter(description = "Text in the id, title, description, cause or handling", example = "disk") @QueryParam("q") String text,
            @Parameter(description = "Only incidents past a response deadline") @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Parameter(description = "The 'next' of the previous page") @QueryParam("before") String before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        FaultLogFilter filter = new FaultLogFilter(system, category, state, from == null ? null : from.toInstant(),
                to == null ? null : to.toInstant(), text == null || text.isBlank() ? null : text, overdue);
        return faultLog.search(filter, before, limit).map(found -> new IncidentPage(
                found.stream().map(i -> IncidentResponse.of(i, clock.instant(), null)).toList(),
                found.size() < limit ? null : found.get(found.size() - 1).number));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "getIncident", summary = "Get an incident with its timeline; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The incident with its timeline", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", description = "No incident has this id")
    public Uni<RestResponse<IncidentResponse>> get(@Parameter(example = "INC-2026-000001") @PathParam("id") String id) {
        return faultLog.get(id).map(found -> EntityVersion.ok(
                IncidentResponse.of(found.incident(), clock.instant(), found.timeline()), found.incident().version));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "updateIncident", summary = "Change an incident", description = "Send the whole incident with If-Match. A resolved incident's category changes only with a reason.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "412", description = "Someone changed it since it was read")
    @APIResponse(responseCode = "422", description = "A rule is broken; the problem names the field")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Uni<RestResponse<IncidentResponse>> update(@PathParam("id") String id,
            @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IncidentRequest request) {
        return faultLog.update(id, EntityVersion.fromIfMatch(ifMatch), request, caller.getName()).map(this::current);
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "transitionIncident", summary = "Move an incident to another state",
            description = "REGISTERED → INVESTIGATING → MITIGATED → RESOLVED → CLOSED; steps may be skipped; a resolved or closed incident can be reopened as INVESTIGATING.")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current state")
    @APIResponse(responseCode = "412", description = "Someone changed it since it was read")
    @APIResponse(responseCode = "422", description = "Resolving needs restoredAt")
    public Uni<RestResponse<IncidentResponse>> transition(@PathParam("id") String id,
            @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return faultLog.transition(id, EntityVersion.fromIfMatch(ifMatch), request, caller.getName()).map(this::current);
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "addIncidentNote", summary = "Add a note to an incident's timeline")
    @APIResponse(responseCode = "200", description = "Added")
    public Uni<RestResponse<IncidentResponse>> addNote(@PathParam("id") String id, @Valid @NotNull NoteRequest request) {
        return faultLog.addNote(id, request.text(), caller.getName()).map(this::current);
    }

    private RestResponse<IncidentResponse> current(Incident incident) {
        return EntityVersion.ok(IncidentResponse.of(incident, clock.instant(), null), incident.version);
    }
}
