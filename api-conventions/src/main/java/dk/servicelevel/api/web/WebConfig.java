package dk.servicelevel.api.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "web")
public interface WebConfig {

    /**
     * The local platform's sign-in, which picks a role and school and signs the token itself. Never in production:
     * there the pages take the token the OIDC provider issued.
     */
    @WithDefault("false")
    boolean localSignIn();

    /** Where a reader goes once signed in: the service's first page. */
    @WithDefault("/")
    String home();

    /** How long a sign-in lasts: a school day. */
    @WithDefault("8h")
    Duration signInLifetime();
}
