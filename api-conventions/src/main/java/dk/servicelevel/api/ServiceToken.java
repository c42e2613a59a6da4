package dk.servicelevel.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;

/**
 * The bearer token a service calls another with: its application name as subject, the callee's application name as
 * its only audience (so the callee, which accepts only tokens for itself or for the platform's users, is the only
 * service it opens), the role {@code service-token.role} (the least that the calls need), short-lived, signed with the
 * key configured as {@code smallrye.jwt.sign.key.location}, and renewed before it expires.
 */
@ApplicationScoped
public class ServiceToken {

    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    private final Clock clock;
    private final String subject;
    private final String role;
    private final Map<String, Signed> byAudience = new ConcurrentHashMap<>();

    ServiceToken(Clock clock, @ConfigProperty(name = "quarkus.application.name") String subject,
            @ConfigProperty(name = "service-token.role", defaultValue = Roles.MINISTRY) String role) {
        this.clock = clock;
        this.subject = subject;
        this.role = role;
    }

    private record Signed(String token, Instant expiresAt) {
    }

    /** A token for calls to the service named {@code audience}. */
    public String current(String audience) {
        Instant now = clock.instant();
        return byAudience.compute(audience, (callee, signed) -> signed == null || now.isAfter(signed.expiresAt().minus(RENEW_BEFORE))
                ? sign(callee, now.plus(LIFETIME)) : signed).token();
    }

    private Signed sign(String audience, Instant expiresAt) {
        return new Signed(Jwt.subject(subject).upn(subject).groups(role).audience(audience).expiresAt(expiresAt).sign(), expiresAt);
    }
}
