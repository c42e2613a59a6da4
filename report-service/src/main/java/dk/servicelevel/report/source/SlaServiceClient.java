package dk.servicelevel.report.source;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dk.servicelevel.api.ServiceTokenFilter;
import io.smallrye.mutiny.Uni;

/** sla-service's public API, as far as the reports read it. */
@RegisterRestClient(configKey = "sla-service")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1")
public interface SlaServiceClient {

    @GET
    @Path("systems")
    Uni<List<SystemRecord>> systems();

    /** The SLAs without their versions, which only the read of each gives. */
    @GET
    @Path("slas")
    Uni<List<SlaSummary>> slas();

    @GET
    @Path("slas/{id}")
    Uni<SlaRecord> sla(@PathParam("id") String slaId);

    @GET
    @Path("slas/{id}/availability")
    Uni<SlaAvailability> availability(@PathParam("id") String slaId, @QueryParam("month") String month);

    @GET
    @Path("measurements/counts")
    Uni<CallCounts> callCounts(@QueryParam("system") String system, @QueryParam("month") String month,
            @QueryParam("zone") String zone);

    /** An SLA of the list, as far as the reports read it: its id, to read it with its versions. */
    record SlaSummary(String id) {
    }
}
