package dk.servicelevel.booking.catalogue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dk.servicelevel.api.Roles;
import dk.servicelevel.rules.RuleViolationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/tests")
@Tag(name = "Test catalogue", description = "The national tests by subject and grade")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NationalTestResource {

    private final NationalTestRepository tests;

    NationalTestResource(NationalTestRepository tests) {
        this.tests = tests;
    }

    @GET
    @WithSession
    @RolesAllowed({ Roles.SCHOOL, Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "listNationalTests", summary = "List the national tests")
    public Uni<List<NationalTestEntry>> list() {
        return tests.listAll(Sort.by("grade").and("code"))
                .map(tests -> tests.stream().map(NationalTestEntry::of).toList());
    }

    @POST
    @WithTransaction
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addNationalTest", summary = "Add a national test to the catalogue")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalTestEntry.class)))
    @APIResponse(responseCode = "409", description = "A test with this code exists")
    @APIResponse(responseCode = "422", description = "The test plan's weeks need a first and a last day, the last not before the first")
    public Uni<RestResponse<NationalTestEntry>> add(@Valid @NotNull NationalTestEntry request) {
        request.windowProblem().ifPresent(field -> {
            throw new RuleViolationException(field, "The test plan's weeks need a first and a last day, the last not before the first");
        });
        return tests.findById(request.code()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(new ClientErrorException("The test " + request.code() + " is already in the catalogue", Status.CONFLICT));
            }
            return tests.persist(request.toTest())
                    .map(test -> RestResponse.status(Status.CREATED, request));
        });
    }
}
