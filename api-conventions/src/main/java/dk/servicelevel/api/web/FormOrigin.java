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
 * send, and are not forms. A page takes nothing but forms (415 otherwise), so that every post to a page goes through
 * this check and the anti-forgery token's.
 */
@ApplicationScoped
public class FormOrigin {

    /** Before authentication (200) and the admission of session requests (400). */
    private static final int PRIORITY = 900;
    private static final int FORBIDDEN = 403;
    private static final int UNSUPPORTED_MEDIA_TYPE = 415;
    private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";
    private static final String SAME_ORIGIN = "same-origin";
    private static final String ORIGIN = "Origin";

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (request.method() != HttpMethod.POST) {
            routing.next();
            return;
        }
        boolean form = isForm(request.getHeader(HttpHeaders.CONTENT_TYPE));
        boolean page = Page.isPage(request.path());
        if (page && !form) {
            refuse(routing, UNSUPPORTED_MEDIA_TYPE, "A page takes a form (application/x-www-form-urlencoded) and nothing else.");
        } else if ((page || form) && !fromItsOwnOrigin(request)) {
            refuse(routing, FORBIDDEN, "A form from another site or port may not change anything here.");
        } else {
            routing.next();
        }
    }

    private static void refuse(RoutingContext routing, int status, String why) {
        routing.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8").end(why);
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
