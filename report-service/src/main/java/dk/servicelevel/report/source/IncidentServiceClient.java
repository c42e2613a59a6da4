package dk.servicelevel.report.source;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dk.servicelevel.api.ServiceTokenFilter;
import io.smallrye.mutiny.Uni;

/** incident-service's public API, as far as the reports read it. */
@RegisterRestClient(configKey = "incident-service")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1")
public interface IncidentServiceClient {

    @GET
    @Path("system-status")
    Uni<List<SystemColour>> systemStatus();

    @GET
    @Path("incidents")
    Uni<IncidentPage> incidents(@QueryParam("system") String system, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("before") String before, @QueryParam("limit") int limit);

    @GET
    @Path("updated-systems")
    Uni<UpdatedSystems> updatedSystems(@QueryParam("since") String since);

    @GET
    @Path("outages")
    Uni<List<OutageRecord>> outages(@QueryParam("system") String system, @QueryParam("layer") String layer,
            @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("service-windows")
    Uni<List<ServiceWindowRecord>> serviceWindows(@QueryParam("system") String system, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("changes")
    Uni<List<ChangeRecord>> changes(@QueryParam("system") String system, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("monthly-counts")
    Uni<List<MonthlyCount>> monthlyCounts(@QueryParam("system") String system, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") String zone);
}
