package dk.servicelevel.api.web;

import java.util.Locale;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

/** A page rendered in the reader's language, which a cookie then remembers. */
public final class Page {

    private Page() {
    }

    /** Every path but the APIs' and Quarkus' own (health, metrics, OpenAPI) is a page. */
    public static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/q/");
    }

    public static Response render(TemplateInstance page, Locale locale, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.setLocale(locale).data("lang", locale.getLanguage()).render())
                .cookie(PageLanguage.remember(locale)).build();
    }
}
