package dk.servicelevel.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * The address of the page being shown, for the language switch of every page ({@code {inject:pageAddress.otherLanguage}}):
 * the same page with the same query (the week, the month, the filters) in the other language. A page answering a
 * form has no query to keep; the switch leads to the form's page.
 */
@Named("pageAddress")
@RequestScoped
public class PageAddress {

    private static final String LANGUAGE = "lang";
    private static final Map<String, String> OTHER = Map.of("da", "en", "en", "da");

    private final CurrentVertxRequest request;

    PageAddress(CurrentVertxRequest request) {
        this.request = request;
    }

    public String otherLanguage() {
        RoutingContext current = request.getCurrent();
        Cookie remembered = current.request().getCookie(PageLanguage.COOKIE);
        Locale shown = PageLanguage.of(current.request().getParam(LANGUAGE), remembered == null ? null : remembered.getValue(),
                current.acceptableLanguages().stream().map(language -> Locale.forLanguageTag(language.tag())).toList());
        StringBuilder address = new StringBuilder(current.request().path()).append('?');
        if (current.request().method() == HttpMethod.GET) {
            current.queryParams().forEach((name, value) -> {
                if (!LANGUAGE.equals(name)) {
                    address.append(encoded(name)).append('=').append(encoded(value)).append('&');
                }
            });
        }
        return address.append(LANGUAGE).append('=').append(OTHER.get(shown.getLanguage())).toString();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
