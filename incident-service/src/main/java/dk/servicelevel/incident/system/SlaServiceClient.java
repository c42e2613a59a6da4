package dk.servicelevel.incident.system;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dk.servicelevel.api.ServiceTokenFilter;
import io.smallrye.mutiny.Uni;

/** sla-service's systems catalogue, as far as incident-service reads it. */
@RegisterRestClient(configKey = "sla-service")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1/systems")
public interface SlaServiceClient {

    @GET
    Uni<List<CatalogueEntry>> systems();

    /** One system of the catalogue; the other fields of sla-service's answer are not read. */
    record CatalogueEntry(String code) {
    }
}
