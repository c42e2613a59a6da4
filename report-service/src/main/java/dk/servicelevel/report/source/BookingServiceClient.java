package dk.servicelevel.report.source;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dk.servicelevel.api.ServiceTokenFilter;
import io.smallrye.mutiny.Uni;

/** booking-service's public API, as far as the reports read it. */
@RegisterRestClient(configKey = "booking-service")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1")
public interface BookingServiceClient {

    @GET
    @Path("usage")
    Uni<List<UsageFigures>> usage(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("per") String per, @QueryParam("zone") String zone);

    @GET
    @Path("capacity/warnings")
    Uni<List<CapacityWarning>> capacityWarnings(@QueryParam("from") String from, @QueryParam("to") String to);
}
