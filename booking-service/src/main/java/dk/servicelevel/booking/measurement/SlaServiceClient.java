package dk.servicelevel.booking.measurement;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dk.servicelevel.api.ServiceTokenFilter;

/** sla-service's measurement intake. */
@RegisterRestClient(configKey = "sla-service")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/api/v1/measurements")
public interface SlaServiceClient {

    @POST
    void send(@HeaderParam("Idempotency-Key") String idempotencyKey, MeasurementBatch batch);
}
