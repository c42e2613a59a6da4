package dk.servicelevel.sla.incidents;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Sends the service's own token with each call. */
public class ServiceTokenFilter implements ClientRequestFilter {

    private final ServiceToken token;

    ServiceTokenFilter(ServiceToken token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.current());
    }
}
