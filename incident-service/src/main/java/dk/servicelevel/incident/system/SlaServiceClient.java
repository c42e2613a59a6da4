package dk.servicelevel.incident.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dk.servicelevel.api.ServiceTokenFilter;
import io.smallrye.mutiny.Uni;

/** sla-service's systems catalogue and SLAs, as far as incident-service reads them. */
@RegisterRestClient(configKey = "sla-service")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1")
public interface SlaServiceClient {

    @GET
    @Path("systems")
    Uni<List<CatalogueEntry>> systems();

    @GET
    @Path("slas")
    Uni<List<SlaEntry>> slas();

    @GET
    @Path("slas/{id}")
    Uni<SlaTerms> sla(@PathParam("id") String id);

    /** One system of the catalogue; the other fields of sla-service's answer are not read. */
    record CatalogueEntry(String code) {
    }

    /** One SLA of the list. */
    record SlaEntry(String id, String systemCode) {
    }

    /** An SLA's versions, as far as the notice of its service windows goes. */
    record SlaTerms(String id, List<Version> versions) {

        public record Version(Instant validFrom, Definition definition) {
        }

        public record Definition(Allowance serviceWindowAllowance) {
        }

        public record Allowance(Duration notice) {
        }
    }
}
