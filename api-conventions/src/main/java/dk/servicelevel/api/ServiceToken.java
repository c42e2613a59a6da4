package dk.servicelevel.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;

/**
 * The bearer token a service calls the others with: its application name as subject, the role
 * {@code service-token.role} (the least that the calls need), short-lived, signed with the key configured as
 * {@code smallrye.jwt.sign.key.location}, and renewed before it expires.
 */
@ApplicationScoped
public class ServiceToken {

    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    private final Clock clock;
    private final String subject;
    private final String role;
    private String token;
    private Instant expiresAt;

    ServiceToken(Clock clock, @ConfigProperty(name = "quarkus.application.name") String subject,
            @ConfigProperty(name = "service-token.role", defaultValue = Roles.MINISTRY) String role) {
        this.clock = clock;
        this.subject = subject;
        this.role = role;
    }

    public synchronized String current() {
        Instant now = clock.instant();
        if (expiresAt == null || now.isAfter(expiresAt.minus(RENEW_BEFORE))) {
            expiresAt = now.plus(LIFETIME);
            token = Jwt.subject(subject).upn(subject).groups(role).expiresAt(expiresAt).sign();
        }
        return token;
    }
}
