package dk.servicelevel.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses with 400 a request whose path or query holds a control character (percent-encoded U+0000 to U+001F or
 * U+007F): no identifier, code, date or search of the API or the pages has one, PostgreSQL cannot store U+0000 and
 * XML cannot hold the others, so such a request is answered here, named, instead of failing deep inside.
 */
@ApplicationScoped
public class AddressCharacters {

    /** After the request deadline (1000), before admission control (400) and authentication. */
    private static final int PRIORITY = 900;
    private static final int BAD_REQUEST = 400;
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");
    private static final String DETAIL = "The request's path or query holds a control character (%s), which no name or value here may hold";

    private final ObjectMapper json;

    AddressCharacters(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext routing) {
        String uri = routing.request().uri();
        Matcher control = uri.indexOf('%') < 0 ? null : CONTROL_CHARACTER.matcher(uri);
        if (control == null || !control.find()) {
            routing.next();
            return;
        }
        routing.response().setStatusCode(BAD_REQUEST)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem(control.group().toUpperCase(Locale.ROOT), routing.request().path()));
    }

    private String problem(String character, String path) {
        return new Problem("about:blank", "Bad Request", BAD_REQUEST, DETAIL.formatted(character), path, List.of()).asJson(json);
    }
}
