package dk.servicelevel.api;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "service-token")
public interface ServiceTokenConfig {

    /** Where the tokens a service calls the others with come from. */
    enum Source {
        /** Signed by the service itself with smallrye.jwt.sign.key.location: the local platform. */
        SIGNED,
        /** Obtained by OAuth 2.0 client credentials from the OIDC provider (quarkus.oidc-client.*): a cluster. */
        OIDC
    }

    @WithDefault("signed")
    Source source();

    /** The role a signed token carries: the least that the service's calls need. */
    @WithDefault(Roles.MINISTRY)
    String role();

    /** How long a signed token lasts. */
    @WithDefault("10m")
    Duration lifetime();

    /** A token is renewed this long before it expires. */
    @WithDefault("2m")
    Duration renewBefore();

    /**
     * The grant parameter that asks the OIDC provider for a token of one callee's audience: {@code audience} (Auth0,
     * Okta, Keycloak's token exchange), {@code resource} (RFC 8707) or {@code scope} (a Keycloak client scope per callee
     * with an audience mapper).
     */
    @WithDefault("audience")
    String audienceParameter();
}
