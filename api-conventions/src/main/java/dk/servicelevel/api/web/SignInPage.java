package dk.servicelevel.api.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.servicelevel.api.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.build.Jwt;

/** Signing in on the local platform: a role, and for a school its institution number; then on to the service's pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    private static final List<String> ROLES = List.of(Roles.SCHOOL, Roles.VENDOR_OPS, Roles.MINISTRY, Roles.ADMIN);
    private static final String SIX_DIGITS = "\\d{6}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<String> roles, String error);
    }

    private final WebConfig config;
    private final String issuer;
    private final String audience;
    private final String tokenCookie;

    SignInPage(WebConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "platform.audience") String audience, @ConfigProperty(name = "mp.jwt.token.cookie") String tokenCookie) {
        this.config = config;
        this.issuer = issuer;
        this.audience = audience;
        this.tokenCookie = tokenCookie;
    }

    @GET
    @Path("logind")
    public Response form(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        checkEnabled();
        return Page.render(Templates.form(ROLES, null), PageLanguage.of(lang, headers), 200);
    }

    @POST
    @Path("logind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("role") String role, @FormParam("school") String school, @Context HttpHeaders headers) {
        checkEnabled();
        Locale locale = PageLanguage.of(null, headers);
        if (role == null || !ROLES.contains(role)) {
            return Page.render(Templates.form(ROLES, "role"), locale, 400);
        }
        boolean isSchool = Roles.SCHOOL.equals(role);
        if (isSchool && (school == null || !school.matches(SIX_DIGITS))) {
            return Page.render(Templates.form(ROLES, "school"), locale, 400);
        }
        var claims = Jwt.upn(isSchool ? "teacher-" + school : role + "-user").groups(role).issuer(issuer).audience(audience)
                .expiresIn(config.signInLifetime());
        String token = (isSchool ? claims.claim(Roles.SCHOOL_ID_CLAIM, school) : claims).sign();
        NewCookie cookie = new NewCookie.Builder(tokenCookie).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge((int) config.signInLifetime().toSeconds()).build();
        return Response.seeOther(URI.create(config.home())).cookie(cookie).build();
    }

    /** Signing out forgets the token, whichever way it was got. */
    @GET
    @Path("logud")
    public Response signOut() {
        NewCookie forget = new NewCookie.Builder(tokenCookie).value("").path("/").httpOnly(true).maxAge(0).build();
        return Response.seeOther(URI.create(config.localSignIn() ? "/logind" : config.home())).cookie(forget).build();
    }

    private void checkEnabled() {
        if (!config.localSignIn()) {
            throw new NotFoundException("Sign-in is the identity provider's");
        }
    }
}
