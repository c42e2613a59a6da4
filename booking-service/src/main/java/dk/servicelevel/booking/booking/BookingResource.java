package dk.servicelevel.booking.booking;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import dk.servicelevel.booking.access.Caller;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Path(BookingResource.PATH)
@Tag(name = "Bookings", description = "Schools book slots for their classes' tests; a slot is never overbooked")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    static final String PATH = "/api/v1/bookings";
    private static final String IF_MATCH = "The ETag of the booking as read";

    private final BookingLedger ledger;
    private final JsonWebToken token;

    BookingResource(BookingLedger ledger, JsonWebToken token) {
        this.ledger = ledger;
        this.token = token;
    }

    @POST
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "bookClass", summary = "Book a slot for a test of a class (or some of its pupils)")
    @APIResponse(responseCode = "201", description = "Booked", headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "403", description = "The class is another school's")
    @APIResponse(responseCode = "409", description = "The slot has too few seats left (the problem says how many), or the class already holds a booking of it (the problem and its Link name it)")
    @APIResponse(responseCode = "422", description = "Not a slot, a slot that has begun, a test of another grade, pupils not in the class")
    public Uni<RestResponse<BookingResponse>> book(@Valid @NotNull BookingRequest request) {
        return ledger.book(Caller.of(token), request).map(booking -> EntityVersion.created(
                PATH + "/" + booking.id, BookingResponse.of(booking), booking.version));
    }

    @GET
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "listBookings", summary = "List active bookings, earliest slot first", description = "A school sees only its own.")
    public Uni<List<BookingResponse>> list(
            @Parameter(description = "Institution number; a school's own by default", example = "280010") @QueryParam("school") String school,
            @Parameter(example = "2027-05-03T00:00:00+02:00") @QueryParam("from") OffsetDateTime from,
            @Parameter(example = "2027-05-10T00:00:00+02:00") @QueryParam("to") OffsetDateTime to) {
        return ledger.of(Caller.of(token), school, from == null ? null : from.toInstant(), to == null ? null : to.toInstant())
                .map(found -> found.stream().map(BookingResponse::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "getBooking", summary = "Get a booking")
    @APIResponse(responseCode = "200", description = "The booking", headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<RestResponse<BookingResponse>> get(@PathParam("id") long id) {
        return ledger.get(Caller.of(token), id).map(booking -> EntityVersion.ok(BookingResponse.of(booking), booking.version));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "moveBooking", summary = "Change a booking: another slot, test or pupils", description = "Its seats are given back and booked again in one transaction.")
    @APIResponse(responseCode = "422", description = "Not a slot, a slot that has begun, a test of another grade, pupils not in the class or booked as often as they may sit the test")
    @APIResponse(responseCode = "200", description = "Moved", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "409", description = "The new slot has too few seats left, or the class already holds a booking of it")
    @APIResponse(responseCode = "412", description = "The booking changed since it was read")
    public Uni<RestResponse<BookingResponse>> move(@PathParam("id") long id,
            @Parameter(description = IF_MATCH, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BookingRequest request) {
        return ledger.move(Caller.of(token), id, EntityVersion.fromIfMatch(ifMatch), request)
                .map(booking -> EntityVersion.ok(BookingResponse.of(booking), booking.version));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking; its seats are free again")
    @APIResponse(responseCode = "200", description = "Cancelled; the booking as it was", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "412", description = "The booking changed since it was read")
    public Uni<RestResponse<BookingResponse>> cancel(@PathParam("id") long id,
            @Parameter(description = IF_MATCH, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ledger.cancel(Caller.of(token), id, EntityVersion.fromIfMatch(ifMatch))
                .map(booking -> EntityVersion.ok(BookingResponse.of(booking), booking.version));
    }
}
