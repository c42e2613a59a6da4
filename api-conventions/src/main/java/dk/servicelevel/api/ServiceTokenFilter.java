package dk.servicelevel.api;

import java.lang.reflect.Method;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

/**
 * Sends the service's own token with each call of a REST client that registers this filter, for the audience of the
 * service called: the client's {@code configKey}, which is the callee's application name. The call waits, without
 * blocking its thread, while a token is obtained.
 */
public class ServiceTokenFilter implements ResteasyReactiveClientRequestFilter {

    private static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    private final ServiceToken token;

    ServiceTokenFilter(ServiceToken token) {
        this.token = token;
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        String callee = callee(request);
        request.suspend();
        token.current(callee).subscribe().with(current -> {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + current);
            request.resume();
        }, request::resume);
    }

    private static String callee(ResteasyReactiveClientRequestContext request) {
        Method method = (Method) request.getProperty(INVOKED_METHOD);
        RegisterRestClient client = method == null ? null : method.getDeclaringClass().getAnnotation(RegisterRestClient.class);
        if (client == null || client.configKey().isEmpty()) {
            throw new IllegalStateException("A service token is sent only by a REST client with a configKey naming the service it calls");
        }
        return client.configKey();
    }
}
