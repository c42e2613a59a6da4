package dk.servicelevel.api.token;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * A bearer token is verified (signature, issuer, expiry) once and then kept, exactly as it was sent, until it expires:
 * the clients of a test day send the same token with every click, and an RSA verification costs far more than the
 * click itself. A token that fails verification is never kept, so it fails every time.
 */
@Decorator
@Priority(1)
public class VerifiedTokens implements JWTParser {

    private final JWTParser parser;
    /** The verifier checks expiry against the system's clock, so the cache does too. */
    private final Clock clock = Clock.systemUTC();
    private final Cache<String, JsonWebToken> verified;

    @Inject
    VerifiedTokens(@Delegate @Any JWTParser parser, VerifiedTokensConfig config) {
        this(parser, config.maximumSize());
    }

    VerifiedTokens(JWTParser parser, long maximumSize) {
        this.parser = parser;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(untilExpiry()).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && !expired(known)) {
            return known;
        }
        JsonWebToken parsed = parser.parse(token);
        verified.put(token, parsed);
        return parsed;
    }

    private boolean expired(JsonWebToken token) {
        return clock.millis() / 1000 >= token.getExpirationTime();
    }

    private Expiry<String, JsonWebToken> untilExpiry() {
        return Expiry.creating((token, jwt) -> Duration.ofSeconds(Math.max(0, jwt.getExpirationTime() - clock.millis() / 1000)));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
