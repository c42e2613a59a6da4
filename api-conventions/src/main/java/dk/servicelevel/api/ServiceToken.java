package dk.servicelevel.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.client.OidcClient;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;

/**
 * The bearer token a service calls another with, for the callee's application name as its only audience, so that the
 * callee (which accepts only tokens for itself or for the platform's users) is the only service it opens. On the local
 * platform the service signs it itself ({@code service-token.source=signed}): its name as subject, the role
 * {@code service-token.role}, short-lived. In a cluster it asks the OIDC provider for it by client credentials
 * ({@code service-token.source=oidc}), so no private key is mounted into any pod. Either is kept per callee and
 * renewed before it expires.
 */
@ApplicationScoped
public class ServiceToken {

    private final ServiceTokenConfig config;
    private final Instance<OidcClient> provider;
    private final Clock clock;
    private final String subject;
    private final Map<String, Issued> byAudience = new ConcurrentHashMap<>();

    ServiceToken(ServiceTokenConfig config, Instance<OidcClient> provider, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String subject) {
        this.config = config;
        this.provider = provider;
        this.clock = clock;
        this.subject = subject;
    }

    private record Issued(String token, Instant expiresAt) {
    }

    /** A token for calls to the service named {@code audience}. */
    public Uni<String> current(String audience) {
        Issued issued = byAudience.get(audience);
        if (issued != null && clock.instant().isBefore(issued.expiresAt().minus(config.renewBefore()))) {
            return Uni.createFrom().item(issued.token());
        }
        Uni<Issued> fresh = config.source() == ServiceTokenConfig.Source.OIDC ? obtain(audience) : Uni.createFrom().item(() -> sign(audience));
        return fresh.invoke(token -> byAudience.put(audience, token)).map(Issued::token);
    }

    private Issued sign(String audience) {
        Instant expiresAt = clock.instant().plus(config.lifetime());
        return new Issued(Jwt.subject(subject).upn(subject).groups(config.role()).audience(audience).expiresAt(expiresAt).sign(), expiresAt);
    }

    private Uni<Issued> obtain(String audience) {
        return provider.get().getTokens(Map.of(config.audienceParameter(), audience)).map(tokens -> new Issued(tokens.getAccessToken(),
                tokens.getAccessTokenExpiresAt() == null ? clock.instant().plus(config.lifetime())
                        : Instant.ofEpochSecond(tokens.getAccessTokenExpiresAt())));
    }
}
