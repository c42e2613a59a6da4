package dk.servicelevel.sla.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dk.servicelevel.api.Roles;
import io.smallrye.jwt.build.Jwt;

/**
 * The bearer token sla-service reads other services with: read-only (the ministry's role), short-lived, signed with
 * the key configured as {@code smallrye.jwt.sign.key.location}, and renewed before it expires.
 */
@ApplicationScoped
public class ServiceToken {

    private static final String SUBJECT = "sla-service";
    private static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    private final Clock clock;
    private String token;
    private Instant expiresAt;

    ServiceToken(Clock clock) {
        this.clock = clock;
    }

    public synchronized String current() {
        Instant now = clock.instant();
        if (expiresAt == null || now.isAfter(expiresAt.minus(RENEW_BEFORE))) {
            expiresAt = now.plus(LIFETIME);
            token = Jwt.subject(SUBJECT).upn(SUBJECT).groups(Roles.MINISTRY).expiresAt(expiresAt).sign();
        }
        return token;
    }
}
