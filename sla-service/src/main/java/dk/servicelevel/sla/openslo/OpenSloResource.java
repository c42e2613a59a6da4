package dk.servicelevel.sla.openslo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dk.servicelevel.api.EntityVersion;
import dk.servicelevel.api.Roles;
import dk.servicelevel.sla.definition.ResponseTimeRule;
import dk.servicelevel.sla.definition.ServiceWindowAllowance;
import dk.servicelevel.sla.definition.SlaCatalogue;
import dk.servicelevel.sla.definition.SlaDefinition;
import dk.servicelevel.sla.definition.SlaResponse;
import dk.servicelevel.sla.definition.SlaVersion;
import dk.servicelevel.sla.measurement.MeasuredInterface;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/api/v1/slas")
@Tag(name = "OpenSLO", description = "SLA definitions as OpenSLO v1 SLO documents, out and in")
@SecurityRequirement(name = "SecurityScheme")
public class OpenSloResource {

    private static final String YAML = "application/yaml";
    /** Seed 002, table 3, for what a foreign OpenSLO document does not say. */
    private static final SlaDefinition CONTRACT_DEFAULTS = new SlaDefinition(ZoneId.of("Europe/Copenhagen"), List.of(),
            Duration.ofMinutes(5), Duration.ofMinutes(5),
            new ResponseTimeRule(MeasuredInterface.A, Duration.ofSeconds(3), BigDecimal.valueOf(95)), Set.of(1, 2),
            new ServiceWindowAllowance(Duration.ofHours(2), LocalTime.MIDNIGHT, LocalTime.of(5, 0), Duration.ofDays(2)));

    private final SlaCatalogue catalogue;
    private final OpenSloDocument documents;
    private final YAMLMapper yaml = new YAMLMapper();
    private final JsonWebToken caller;
    private final Clock clock;

    OpenSloResource(SlaCatalogue catalogue, ObjectMapper json, JsonWebToken caller, Clock clock) {
        this.catalogue = catalogue;
        this.documents = new OpenSloDocument(json);
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("{id}/openslo")
    @Produces({ YAML, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN, Roles.MINISTRY })
    @Operation(operationId = "exportOpenSlo", summary = "Export an SLA version as an OpenSLO v1 SLO", description = "The latest version unless `version` names another.")
    @APIResponse(responseCode = "200", description = "The OpenSLO document, as YAML or (Accept: application/json) JSON",
            content = { @Content(mediaType = YAML, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "404", description = "No SLA has this id, or it has no such version")
    public Uni<String> export(@Parameter(example = "NT-APPLICATION") @PathParam("id") String id,
            @Parameter(example = "1") @QueryParam("version") Integer version,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return catalogue.get(id).map(sla -> {
            SlaVersion chosen = sla.versions().stream().filter(v -> version == null || v.number == version)
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new NotFoundException("The SLA " + id + " has no version " + version));
            JsonNode document = documents.write(sla.sla().id, sla.sla().name, sla.sla().systemCode, sla.sla().layer,
                    chosen.number, chosen.validFrom, chosen.definition);
            return write(document, accept != null && accept.contains(MediaType.APPLICATION_JSON));
        });
    }

    @POST
    @Path("openslo")
    @Consumes({ YAML, "application/x-yaml", MediaType.APPLICATION_JSON })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.VENDOR_OPS, Roles.ADMIN })
    @Operation(operationId = "defineSlaFromOpenSlo", summary = "Define an SLA from an OpenSLO v1 SLO", description = "Annotations under servicelevel.dk/ carry what OpenSLO cannot say; without them the contract's terms apply.")
    @APIResponse(responseCode = "201", description = "Defined", headers = { @Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SlaResponse.class)))
    @APIResponse(responseCode = "400", description = "Not YAML or JSON")
    @APIResponse(responseCode = "422", description = "Not an OpenSLO v1 SLO, or the SLA it describes is impossible")
    public Uni<RestResponse<SlaResponse>> define(String body) {
        JsonNode document = parse(body);
        return catalogue.define(documents.read(document, clock.instant(), CONTRACT_DEFAULTS), caller.getName())
                .map(defined -> EntityVersion.created("/api/v1/slas/" + defined.sla().id,
                        SlaResponse.of(defined.sla(), defined.versions()), defined.sla().version));
    }

    private JsonNode parse(String body) {
        try {
            JsonNode document = yaml.readTree(body == null ? "" : body);
            if (document == null || !document.isObject()) {
                throw new BadRequestException("The body is not an OpenSLO document");
            }
            return document;
        } catch (JsonProcessingException e) {
            throw new BadRequestException("The body is neither YAML nor JSON: " + e.getOriginalMessage());
        }
    }

    private String write(JsonNode document, boolean asJson) {
        try {
            return asJson ? document.toPrettyString() : yaml.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An OpenSLO document cannot be written", e);
        }
    }
}
