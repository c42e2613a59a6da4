package dk.servicelevel.api.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dk.servicelevel.api.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A problem met on a page (an incident that does not exist, a role that may not see it, a service that cannot
 * answer) is shown as a page in the reader's language rather than as problem+json, which only the APIs answer with.
 * Someone not signed in is sent to the sign-in.
 */
public class PageProblems {

    private static final String SIGN_IN = "/logind";
    private static final String FORGED_FORM_TYPE = "urn:problem:forged-form";
    private static final String FORGED_FORM = "The form did not come from a page of this service, so nothing was changed."
            + " Open the page again and send the form from there.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Problem problem, String home, boolean forged);
    }

    private final WebConfig config;

    PageProblems(WebConfig config) {
        this.config = config;
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (refusedAsForged(request, response)) {
            response.setStatus(Status.FORBIDDEN.getStatusCode());
            response.setEntity(new Problem(FORGED_FORM_TYPE, Status.FORBIDDEN.getReasonPhrase(), Status.FORBIDDEN.getStatusCode(),
                    FORGED_FORM, request.getUriInfo().getPath(), List.of()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
        if (!(response.getEntity() instanceof Problem problem) || !Page.isPage(request.getUriInfo().getPath())) {
            return;
        }
        if (problem.status() == Status.UNAUTHORIZED.getStatusCode()) {
            response.setStatus(Status.SEE_OTHER.getStatusCode());
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create(SIGN_IN));
            response.setEntity(null);
            return;
        }
        Locale locale = PageLanguage.ofRequest(null, request.getCookies(), request.getAcceptableLanguages());
        String page = Templates.problem(problem, config.home(), FORGED_FORM_TYPE.equals(problem.type())).setLocale(locale).data("lang", locale.getLanguage()).render();
        response.setEntity(page, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /**
     * The anti-forgery check (quarkus-rest-csrf) refuses a form without the token of the service's own page, or with
     * another one, before any resource runs, with an empty 400; a form the pages refuse themselves always has a page.
     */
    private static boolean refusedAsForged(ContainerRequestContext request, ContainerResponseContext response) {
        return response.getStatus() == Status.BAD_REQUEST.getStatusCode() && !response.hasEntity()
                && !Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS).contains(request.getMethod())
                && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType());
    }
}
