package dk.servicelevel.api.web;

import java.net.URI;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A form posted from another site or port changes nothing (cross-site request forgery): the pages' forms are sent with
 * the sign-in cookie, which a browser sends as well with a form on any other page of the same site, another port
 * included. A form sent from a browser is refused with 403 unless the browser says it comes from the page's own origin:
 * {@code Sec-Fetch-Site: same-origin}, or an {@code Origin} whose host and port are the request's own (behind the
 * Ingress, which keeps the Host). API calls carry their token in a header, which no other site can make a browser
 * send, and are not forms.
 */
@ApplicationScoped
public class FormOrigin {

    /** Before authentication (200) and the admission of session requests (400). */
    private static final int PRIORITY = 900;
    private static final int FORBIDDEN = 403;
    private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";
    private static final String SAME_ORIGIN = "same-origin";
    private static final String ORIGIN = "Origin";

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (request.method() != HttpMethod.POST || !isForm(request.getHeader(HttpHeaders.CONTENT_TYPE)) || fromItsOwnOrigin(request)) {
            routing.next();
            return;
        }
        routing.response().setStatusCode(FORBIDDEN).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .end("A form from another site or port may not change anything here.");
    }

    private static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")
                || type.startsWith("text/plain");
    }

    /** What the browser says of where the form comes from; a client that says nothing is not a browser's form. */
    static boolean fromItsOwnOrigin(HttpServerRequest request) {
        String site = request.getHeader(SEC_FETCH_SITE);
        if (site != null) {
            return SAME_ORIGIN.equalsIgnoreCase(site);
        }
        String origin = request.getHeader(ORIGIN);
        return origin == null || sameAuthority(origin, request.getHeader(HttpHeaders.HOST));
    }

    private static boolean sameAuthority(String origin, String host) {
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
